namespace KommunalBot.Bot.Features.Broadcast.Events;

/// Events' log messages: Broadcast events' ids 2900-2999. No titles, names or answers.
internal static partial class EventLog
{
    [LoggerMessage(2900, LogLevel.Information, "Event {Id} created (version {Version})")]
    public static partial void Created(ILogger logger, string id, int version);

    [LoggerMessage(2901, LogLevel.Information, "Event {Id} invite queued for {Channels} channels in {Organisations} organisations")]
    public static partial void Sent(ILogger logger, string id, int channels, int organisations);

    [LoggerMessage(2902, LogLevel.Information, "Event {Id} changed to version {Version}")]
    public static partial void Changed(ILogger logger, string id, int version);

    [LoggerMessage(2903, LogLevel.Information, "Event {Id} cancelled")]
    public static partial void Cancelled(ILogger logger, string id);

    [LoggerMessage(2904, LogLevel.Error, "Event {Id}: the outbox refused the invite card: {Reason} ({Detail})")]
    public static partial void CardRefused(ILogger logger, string id, string reason, string detail);

    [LoggerMessage(2905, LogLevel.Error, "Event message {ContentId} rejected by the outbox: {Reason}")]
    public static partial void NoticeRejected(ILogger logger, string contentId, string reason);

    [LoggerMessage(2906, LogLevel.Information, "Event message {ContentId}: {Refused} of its recipients have no 1:1 chat with the bot")]
    public static partial void Unreachable(ILogger logger, string contentId, int refused);

    [LoggerMessage(2907, LogLevel.Information, "Event {Id}: reminder {ContentId} queued for {New} new recipients")]
    public static partial void Reminded(ILogger logger, string id, string contentId, int @new);

    [LoggerMessage(2908, LogLevel.Information, "Event retention: {Count} events that ended before {CutoffUtc:O} deleted with their answers")]
    public static partial void RetentionDeleted(ILogger logger, int count, DateTimeOffset cutoffUtc);

    [LoggerMessage(2909, LogLevel.Information, "Event erasure: answers removed from {Answers} events, creator removed from {Created} events")]
    public static partial void Erased(ILogger logger, int answers, int created);
}
