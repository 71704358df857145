namespace KommunalBot.Bot.Features.Broadcast;

/// One hour of the subscription form: shown "09:00", sent back "9".
internal sealed record SubscriptionHourChoice(string Title, string Value);
