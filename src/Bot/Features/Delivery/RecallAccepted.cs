namespace KommunalBot.Bot.Features.Delivery;

/// The answer to an accepted recall (202): <paramref name="Posted"/> copies the sender will replace or delete,
/// <paramref name="NotYetSent"/> that will not go out.
internal sealed record RecallAccepted(int Posted, int NotYetSent);
