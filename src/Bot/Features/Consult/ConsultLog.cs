namespace KommunalBot.Bot.Features.Consult;

/// Consult log messages, event ids 2700-2799. No request texts or names above Debug.
internal static partial class ConsultLog
{
    [LoggerMessage(2700, LogLevel.Information, "Consulting request {Id} created in tenant {TenantId}, routed to pool {Pool}")]
    public static partial void Created(ILogger logger, string id, string tenantId, string pool);

    [LoggerMessage(2701, LogLevel.Information, "Consulting request {Id}: {Kind} → {Status}")]
    public static partial void Moved(ILogger logger, string id, ConsultActionKind kind, ConsultStatus status);

    [LoggerMessage(2702, LogLevel.Warning, "Consulting request {Id}: {Kind} by a {Role} refused ({Reason})")]
    public static partial void Refused(ILogger logger, string id, ConsultActionKind kind, ConsultRole role, ConsultRefusal reason);

    [LoggerMessage(2703, LogLevel.Error, "Follow-up work {Observer} after a change of consulting request {Id} failed")]
    public static partial void ObserverFailed(ILogger logger, string observer, string id, Exception exception);
}
