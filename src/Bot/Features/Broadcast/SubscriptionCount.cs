namespace KommunalBot.Bot.Features.Broadcast;

/// How many subscriptions share <paramref name="Key"/> (a tenant id, a region or "alle"); <paramref name="Label"/>
/// names it where there is a name (the organisation of a tenant).
internal sealed record SubscriptionCount(string Key, string? Label, int Count);
