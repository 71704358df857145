namespace KommunalBot.Bot.Features.Delivery;

/// One delivery as the owner feature sees it. <paramref name="ActivityId"/> and <paramref name="PostedConversationId"/>
/// (for a post into a channel: the new thread's id) are set once sent.
public sealed record DeliveryStatus(
    string ContentId,
    string ConversationId,
    DeliveryState State,
    string? ActivityId,
    string? PostedConversationId,
    string? LastError,
    DateTimeOffset? SentUtc);
