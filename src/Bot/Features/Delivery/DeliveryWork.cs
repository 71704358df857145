namespace KommunalBot.Bot.Features.Delivery;

/// One Connector call the sender has to make for a delivery record (<paramref name="Key"/>): its tenant and
/// conversation (the channel's or chat's id, without a thread suffix) are what Teams' rate limits count against.
internal sealed record DeliveryWork(string Key, string TenantId, string ConversationId);
