using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Broadcast;

/// One channel's (or group chat's) subscription: at most one per conversation, stored under
/// `broadcast/subscription/{hash of the conversation id}`. Empty <see cref="Topics"/> means every topic;
/// a null <see cref="Region"/> means "alle".
public sealed record Subscription
{
    public required ConversationReference Reference { get; init; }

    public required IReadOnlyList<string> Topics { get; init; }

    /// A Land or Regierungsbezirk as in <see cref="Regions"/>; null for every region.
    public string? Region { get; init; }

    /// At least one.
    public required IReadOnlyList<BroadcastKind> Kinds { get; init; }

    public required DigestFrequency Frequency { get; init; }

    /// Weekly: the day of the week. Monthly: ignored; the digest comes on <see cref="DayOfMonth"/>.
    public DayOfWeek Day { get; init; } = DayOfWeek.Monday;

    /// Monthly digests: 1-28 (every month has it).
    public int DayOfMonth { get; init; } = 1;

    /// Hour of the day in Europe/Berlin, 0-23.
    public int Hour { get; init; } = 9;

    /// Entra object id of whoever subscribed the channel (DSGVO: export and erasure find it by this).
    public required string CreatedBy { get; init; }

    public required DateTimeOffset CreatedUtc { get; init; }

    /// The items of the next digest are those published after this (the subscription's start for the first).
    public required DateTimeOffset LastDigestUtc { get; init; }

    public string ConversationId => Reference.ConversationId;

    public string TenantId => Reference.TenantId;
}
