namespace KommunalBot.Bot.Features.Delivery;

/// Delivery log messages, event ids 2600-2699. Conversation ids are not logged (a 1:1 chat's id names its user).
internal static partial class DeliveryLog
{
    [LoggerMessage(2600, LogLevel.Information, "Delivery sender started: {Contents} content(s) with work, {Steps} step(s) to do")]
    public static partial void Started(ILogger logger, int contents, int steps);

    [LoggerMessage(2601, LogLevel.Information, "Delivery of {ContentId} settled: {Sent} sent, {Failed} failed, {Retired} retired, {Unknown} unknown, of {Total}")]
    public static partial void Settled(ILogger logger, string contentId, int sent, int failed, int retired, int unknown, int total);

    [LoggerMessage(2602, LogLevel.Warning, "Delivery of {ContentId} to a {ConversationType} conversation in tenant {TenantId} failed: {Reason}")]
    public static partial void Failed(ILogger logger, string contentId, string conversationType, string tenantId, string reason);

    [LoggerMessage(2603, LogLevel.Information, "A {ConversationType} conversation in tenant {TenantId} is gone ({Reason}); its reference is retired")]
    public static partial void Gone(ILogger logger, string conversationType, string tenantId, string reason);

    [LoggerMessage(2604, LogLevel.Warning, "Delivery of {ContentId} was in flight when a sender stopped without finishing it; marked Unknown, not sent again")]
    public static partial void MarkedUnknown(ILogger logger, string contentId);

    [LoggerMessage(2605, LogLevel.Error, "A delivery step of {ContentId} broke; it is read again from the store")]
    public static partial void StepBroke(ILogger logger, string contentId, Exception exception);

    [LoggerMessage(2606, LogLevel.Debug, "Tenant {TenantId} throttled (429), Retry-After {RetryAfterMs} ms")]
    public static partial void Throttled(ILogger logger, string tenantId, long? retryAfterMs);

    [LoggerMessage(2607, LogLevel.Error, "The owner feature {Owner} failed to handle a gone conversation")]
    public static partial void OwnerFailed(ILogger logger, string owner, Exception exception);

    [LoggerMessage(2608, LogLevel.Warning, "Delivery of {ContentId}: the {Step} of a posted copy failed for good: {Reason}")]
    public static partial void ChangeFailed(ILogger logger, string contentId, string step, string reason);
}
