namespace KommunalBot.Bot.Features.Delivery;

/// A content as stored once under `delivery-content/{contentId}` (its copies' records refer to it): the message in
/// its current <see cref="Version"/> and whether it was recalled. <see cref="MessageJson"/> is the serialized activity.
internal sealed record StoredContent
{
    public required string ContentId { get; init; }
    public required string Owner { get; init; }
    public required string Summary { get; init; }
    public required string MessageJson { get; init; }
    public int Version { get; init; } = 1;
    public RecallMode? Recalled { get; init; }
    public DateTimeOffset CreatedUtc { get; init; }
    public DateTimeOffset ChangedUtc { get; init; }

    /// When the last delivery was settled; null while any is pending. Set by the sender.
    public DateTimeOffset? CompletedUtc { get; init; }
}
