namespace KommunalBot.Bot.Features.Broadcast;

/// `GET /admin/broadcast/subscriptions`: how many channels and group chats are subscribed, by organisation and region,
/// and to what. Counts only: no conversation, no person.
internal sealed record SubscriptionCounts(
    int Total, int Organisations, IReadOnlyList<SubscriptionCount> ByTenant, IReadOnlyList<SubscriptionCount> ByRegion, IReadOnlyList<SubscriptionCount> ByKind);
