namespace KommunalBot.Bot.Protocol.Auth;

/// The result of checking an inbound call: who called, or why it was refused.
public sealed record AuthOutcome(bool IsAuthenticated, string? Reason, string? CallerAppId, bool IsEmulator)
{
    public static AuthOutcome Anonymous { get; } = new(true, null, null, false);

    public static AuthOutcome Channel(string appId) => new(true, null, appId, false);

    public static AuthOutcome Emulator(string appId) => new(true, null, appId, true);

    public static AuthOutcome Refused(string reason) => new(false, reason, null, false);
}
