namespace KommunalBot.Bot.Features.Consult;

/// Relay, notification, SLA and FAQ-draft log messages: Consult's event ids 2770-2789. No texts or names.
internal static partial class RelayLog
{
    [LoggerMessage(2770, LogLevel.Warning, "Consulting request {Id}: pool {Pool} has no bound channel (hier beraten {Pool}); the advisors are not told")]
    public static partial void NoPoolChannel(ILogger logger, string id, string pool);

    [LoggerMessage(2771, LogLevel.Error, "Notification {ContentId} rejected by the outbox: {Reason}")]
    public static partial void Rejected(ILogger logger, string contentId, string reason);

    [LoggerMessage(2772, LogLevel.Information, "Notification {ContentId} not queued: {Reason} (the person has no 1:1 chat with the bot)")]
    public static partial void Unreachable(ILogger logger, string contentId, string reason);

    [LoggerMessage(2773, LogLevel.Information, "Consulting request {Id} escalated: not taken by its SLA due time {DueUtc:O}")]
    public static partial void Escalated(ILogger logger, string id, DateTimeOffset dueUtc);

    [LoggerMessage(2774, LogLevel.Information, "The pool lead of request {Id} could not be looked up in Teams ({Error}); mentioned by object id")]
    public static partial void LeadNotFound(ILogger logger, string id, string error);

    [LoggerMessage(2775, LogLevel.Information, "FAQ draft {Id} {Outcome}")]
    public static partial void Draft(ILogger logger, string id, string outcome);
}
