namespace KommunalBot.Bot.Protocol;

/// Protocol log messages, event ids 1000-1099. Never tokens, never message text above Debug.
internal static partial class ProtocolLog
{
    [LoggerMessage(1000, LogLevel.Warning, "Inbound call refused (401): {Reason}")]
    public static partial void Refused(ILogger logger, string reason);

    [LoggerMessage(1001, LogLevel.Error, "OpenID metadata {MetadataUrl} unavailable ({ErrorType}); inbound calls cannot be validated")]
    public static partial void MetadataUnavailable(ILogger logger, string metadataUrl, string errorType);

    [LoggerMessage(1002, LogLevel.Information, "Activity {ActivityType} handled in {ElapsedMs} ms with status {Status}")]
    public static partial void Handled(ILogger logger, string activityType, long elapsedMs, int status);

    [LoggerMessage(1003, LogLevel.Warning, "Malformed activity refused (400): {Problem}")]
    public static partial void Malformed(ILogger logger, string problem);

    [LoggerMessage(1004, LogLevel.Debug, "Activity type {ActivityType} has no handler; acknowledged and ignored")]
    public static partial void Ignored(ILogger logger, string activityType);

    [LoggerMessage(1005, LogLevel.Warning, "Invoke {InvokeName} has no handler; answered 501")]
    public static partial void InvokeNotImplemented(ILogger logger, string invokeName);

    [LoggerMessage(1006, LogLevel.Error, "Turn failed for activity {ActivityType}")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string activityType);

    [LoggerMessage(1010, LogLevel.Warning, "Connector {Operation} got {Status}; attempt {Attempt}, retrying in {DelayMs} ms")]
    public static partial void ConnectorRetry(ILogger logger, string operation, int status, int attempt, long delayMs);

    [LoggerMessage(1011, LogLevel.Error, "Connector {Operation} failed with {Status} after {Attempts} attempt(s): {ErrorCode}")]
    public static partial void ConnectorFailed(ILogger logger, string operation, int status, int attempts, string errorCode);

    [LoggerMessage(1014, LogLevel.Warning, "Connector {Operation} throttled (429) after {Attempts} attempt(s); Retry-After {RetryAfterMs} ms")]
    public static partial void ConnectorThrottled(ILogger logger, string operation, int attempts, long? retryAfterMs);

    [LoggerMessage(1015, LogLevel.Warning, "Connector {Operation} got {Status} ({ErrorCode}): the conversation is gone for the bot")]
    public static partial void ConnectorGone(ILogger logger, string operation, int status, string errorCode);

    [LoggerMessage(1012, LogLevel.Warning, "Refusing to send a token to untrusted serviceUrl host {Host}")]
    public static partial void UntrustedServiceUrl(ILogger logger, string host);

    [LoggerMessage(1013, LogLevel.Error, "Outbound token request failed ({ErrorType})")]
    public static partial void TokenFailed(ILogger logger, string errorType);

    [LoggerMessage(1020, LogLevel.Information, "Conversation reference {Action} for {ConversationType} conversation in tenant {TenantId}")]
    public static partial void ReferenceChanged(ILogger logger, string action, string conversationType, string tenantId);

    [LoggerMessage(1007, LogLevel.Warning, "Turn for activity {ActivityType} cancelled: its time budget was spent or the caller went away")]
    public static partial void TurnCancelled(ILogger logger, string activityType);

    [LoggerMessage(1008, LogLevel.Information, "Activity already processed in this conversation; acknowledged, not processed again")]
    public static partial void Duplicate(ILogger logger);

    [LoggerMessage(1009, LogLevel.Warning, "Unsupported media type {ContentType} refused (415)")]
    public static partial void UnsupportedMediaType(ILogger logger, string contentType);

    [LoggerMessage(1021, LogLevel.Warning, "Sweeping expired duplicate-activity claims failed; the next run tries again")]
    public static partial void SweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(1022, LogLevel.Information, "Trusted the serviceUrls of {Count} stored conversation references")]
    public static partial void TrustRebuilt(ILogger logger, int count);

    [LoggerMessage(1023, LogLevel.Warning, "Reading the stored conversation references for the serviceUrl trust failed ({Error}); trust comes from incoming activities only")]
    public static partial void TrustRebuildFailed(ILogger logger, string error);

    [LoggerMessage(1024, LogLevel.Information, "Moved or indexed {Count} conversation references stored under the former key scheme")]
    public static partial void ReferencesUpgraded(ILogger logger, int count);

    [LoggerMessage(1025, LogLevel.Warning, "Moving conversation references from the former key scheme failed ({Error}); the next start tries again")]
    public static partial void ReferencesUpgradeFailed(ILogger logger, string error);
}
