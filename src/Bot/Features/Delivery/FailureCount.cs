namespace KommunalBot.Bot.Features.Delivery;

public sealed record FailureCount(string Reason, int Count);
