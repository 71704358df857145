namespace KommunalBot.Bot.Features.Knowledge;

/// Knowledge log messages, event ids 2200-2299.
internal static partial class KnowledgeLog
{
    [LoggerMessage(2200, LogLevel.Information, "Knowledge base loaded: {Documents} documents ({Published} published by editors), {Skipped} file(s) skipped, from {Path}")]
    public static partial void Loaded(ILogger logger, int documents, int published, int skipped, string path);

    [LoggerMessage(2201, LogLevel.Warning, "Knowledge problem: {Problem}")]
    public static partial void Problem(ILogger logger, string problem);

    [LoggerMessage(2202, LogLevel.Error, "Knowledge folder '{Path}' not found; the bot cannot answer questions")]
    public static partial void FolderMissing(ILogger logger, string path);

    [LoggerMessage(2203, LogLevel.Information, "Published knowledge applied: {Upserted} item(s) new or changed, {Removed} withdrawn")]
    public static partial void PublishedApplied(ILogger logger, int upserted, int removed);

    [LoggerMessage(2204, LogLevel.Error, "Published knowledge could not be read from the store; trying again at the next check")]
    public static partial void PublishedCheckFailed(ILogger logger, Exception exception);

    [LoggerMessage(2205, LogLevel.Error, "Stored published item {Key} is unreadable and was skipped")]
    public static partial void PublishedUnreadable(ILogger logger, string key);
}
