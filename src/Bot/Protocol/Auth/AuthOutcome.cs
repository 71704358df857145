namespace KommunalBot.Bot.Protocol.Auth;

/// The result of checking an inbound call: who called, or why it was refused.
/// <see cref="TrustsServiceUrl"/>: the activity's serviceUrl was vouched for by the token's own
/// `serviceurl` claim, so the bot's outbound token may go there (learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication, "serviceUrl" claim).
public sealed record AuthOutcome(bool IsAuthenticated, string? Reason, string? CallerAppId, bool IsEmulator, bool TrustsServiceUrl)
{
    public static AuthOutcome Anonymous { get; } = new(true, null, null, false, false);

    public static AuthOutcome Channel(string appId, bool trustsServiceUrl) => new(true, null, appId, false, trustsServiceUrl);

    public static AuthOutcome Emulator(string appId) => new(true, null, appId, true, false);

    public static AuthOutcome Refused(string reason) => new(false, reason, null, false, false);
}
