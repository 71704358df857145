namespace KommunalBot.Bot.Features.Broadcast;

/// Log messages of subscriptions, digests and announcements, event ids 2800-2849. No names, no message text.
internal static partial class SubscriptionLog
{
    [LoggerMessage(2800, LogLevel.Information, "Subscription of a {ConversationType} in tenant {TenantId} saved ({Frequency}, {Kinds} kinds, {Topics} topics, region {Region})")]
    public static partial void Saved(ILogger logger, string conversationType, string tenantId, DigestFrequency frequency, int kinds, int topics, string region);

    [LoggerMessage(2801, LogLevel.Information, "Subscription of a conversation in tenant {TenantId} ended: {Reason}")]
    public static partial void Ended(ILogger logger, string tenantId, string reason);

    [LoggerMessage(2802, LogLevel.Information, "Bot removed from team {TeamId} in tenant {TenantId}: {Count} subscriptions ended")]
    public static partial void TeamEnded(ILogger logger, string teamId, string tenantId, int count);

    [LoggerMessage(2810, LogLevel.Information, "Digest {ContentId} queued for {Channels} channels with {Items} items ({New} new deliveries)")]
    public static partial void DigestQueued(ILogger logger, string contentId, int channels, int items, int @new);

    [LoggerMessage(2811, LogLevel.Warning, "Digest {ContentId} was not queued: {Reason} {Detail}")]
    public static partial void DigestRejected(ILogger logger, string contentId, string reason, string detail);

    [LoggerMessage(2812, LogLevel.Information, "Digest run for {Due} subscriptions due: {Digests} digests to {Channels} channels, {Quiet} without news")]
    public static partial void DigestRun(ILogger logger, int due, int digests, int channels, int quiet);

    [LoggerMessage(2820, LogLevel.Information, "Announcement {Id} created by an editor of tenant {TenantId}")]
    public static partial void AnnouncementCreated(ILogger logger, string id, string tenantId);

    [LoggerMessage(2821, LogLevel.Information, "Announcement {Id} sent to {Channels} channels in {Organisations} organisations ({New} new deliveries)")]
    public static partial void AnnouncementSent(ILogger logger, string id, int channels, int organisations, int @new);

    [LoggerMessage(2822, LogLevel.Warning, "Announcement {Id} refused: the editor is limited to {Regions}")]
    public static partial void AnnouncementOutside(ILogger logger, string id, string regions);

    [LoggerMessage(2823, LogLevel.Warning, "Announcement {Id} was not queued: {Reason} {Detail}")]
    public static partial void AnnouncementRejected(ILogger logger, string id, string reason, string detail);

    [LoggerMessage(2824, LogLevel.Information, "Announcement {Id} scheduled for {SendAt}")]
    public static partial void AnnouncementScheduled(ILogger logger, string id, DateTimeOffset sendAt);
}
