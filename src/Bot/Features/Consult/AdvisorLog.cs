namespace KommunalBot.Bot.Features.Consult;

/// Log messages of the advisors' side of Consult (channel binding, the advisors' card), event ids 2740-2759 of
/// Consult's 2700-2799. No names or request texts.
internal static partial class AdvisorLog
{
    [LoggerMessage(2740, LogLevel.Information, "Pool {Pool} bound to a channel of tenant {TenantId}; {Open} open requests posted there")]
    public static partial void Bound(ILogger logger, string pool, string tenantId, int open);

    [LoggerMessage(2741, LogLevel.Warning, "Binding a channel to a pool refused: {Reason}")]
    public static partial void BindRefused(ILogger logger, string reason);

    [LoggerMessage(2742, LogLevel.Warning, "Consulting request {Id}: pool {Pool} has no bound channel yet; its card is posted when an admin binds one (hier beraten {Pool})")]
    public static partial void NoChannel(ILogger logger, string id, string pool);

    [LoggerMessage(2743, LogLevel.Warning, "Consulting request {Id}: the advisors' card was not queued or updated ({Reason}: {Detail})")]
    public static partial void CardRefused(ILogger logger, string id, string reason, string detail);

    [LoggerMessage(2744, LogLevel.Information, "A member of pool {Pool} is not known in its channel (HTTP {Status}); shown by object id")]
    public static partial void MemberUnknown(ILogger logger, string pool, int status);

    [LoggerMessage(2745, LogLevel.Warning, "Consulting request {Id}: {Verb} refused ({Reason})")]
    public static partial void ActionRefused(ILogger logger, string id, string verb, string reason);
}
