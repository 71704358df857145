namespace KommunalBot.Bot.Features.Broadcast;

/// Something published for the digests: a best practice an editor approved, a BayKommun news item, an event.
/// Digests pick the items published after a subscription's last digest that match its kinds, topics and region.
public sealed record DigestItem
{
    /// Unique among items, letters, digits and '-' (e.g. the knowledge document's id).
    public required string Id { get; init; }

    public required BroadcastKind Kind { get; init; }

    public required string Title { get; init; }

    /// One or two sentences for the card.
    public required string Summary { get; init; }

    /// e.g. "Stadt Musterstadt"; null when not from an organisation.
    public string? Organisation { get; init; }

    /// Where to read more (a document link); null when the card has no link.
    public string? Url { get; init; }

    /// Empty: every topic.
    public required IReadOnlyList<string> Topics { get; init; }

    /// Null: every region.
    public string? Region { get; init; }

    public required DateTimeOffset PublishedUtc { get; init; }
}
