namespace KommunalBot.Bot.Features.Access;

/// Access log messages, event ids 1100-1199.
internal static partial class AccessLog
{
    [LoggerMessage(1100, LogLevel.Warning, "Tenant {TenantId} is not on the allow-list; {ActivityType} refused")]
    public static partial void TenantRefused(ILogger logger, string tenantId, string activityType);

    [LoggerMessage(1101, LogLevel.Warning, "No tenant allow-list configured: every tenant may use the bot ({Reason})")]
    public static partial void AnyTenantAllowed(ILogger logger, string reason);

    [LoggerMessage(1102, LogLevel.Warning, "Rate limit per {Scope} reached; activity refused")]
    public static partial void RateLimited(ILogger logger, string scope);

    [LoggerMessage(1103, LogLevel.Information, "Input too long (text of {Length} characters, or an oversized card field); refused with a hint")]
    public static partial void InputTooLong(ILogger logger, int length);
}
