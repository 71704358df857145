namespace KommunalBot.Bot.Features.Access;

/// Access log messages, event ids 1100-1199.
internal static partial class AccessLog
{
    [LoggerMessage(1100, LogLevel.Warning, "Tenant {TenantId} is not on the allow-list; {ActivityType} refused")]
    public static partial void TenantRefused(ILogger logger, string tenantId, string activityType);

    [LoggerMessage(1101, LogLevel.Warning, "No tenant allow-list configured: every tenant may use the bot ({Reason})")]
    public static partial void AnyTenantAllowed(ILogger logger, string reason);
}
