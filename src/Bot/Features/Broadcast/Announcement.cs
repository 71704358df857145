namespace KommunalBot.Bot.Features.Broadcast;

/// One announcement of BayKommun news, `broadcast/announcement/{id}`: written by an editor (card or admin API),
/// previewed, then sent once as the content <see cref="ContentId"/> to the channels subscribed to news of its topics
/// and region. It is sent at once and is therefore not also a digest item.
public sealed record Announcement
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Text { get; init; }

    public string? Link { get; init; }

    /// Empty: every topic.
    public required IReadOnlyList<string> Topics { get; init; }

    /// Null: every region.
    public string? Region { get; init; }

    /// The card's language (chrome only: the editor's text is sent as written).
    public required string Locale { get; init; }

    /// The author's tenant and Entra object id: the editor limit is checked against them when a scheduled announcement
    /// goes out; DSGVO export and erasure find the author by the object id (null: the local admin of a development bot).
    public required string? AuthorTenantId { get; init; }

    public required string? AuthorObjectId { get; init; }

    public required DateTimeOffset CreatedUtc { get; init; }

    /// When to send, once "send" was asked for; null: at once.
    public DateTimeOffset? SendAtUtc { get; init; }

    public required AnnouncementStatus Status { get; init; }

    public DateTimeOffset? SentUtc { get; init; }

    /// Channels and organisations it was sent to.
    public int? Channels { get; init; }

    public int? Organisations { get; init; }

    public string ContentId => ContentIdOf(Id);

    public static string ContentIdOf(string id) => "broadcast-news-" + id;

    public BroadcastTarget Target => new(BroadcastKind.News, Topics, Region);
}
