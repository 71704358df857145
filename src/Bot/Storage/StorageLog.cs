namespace KommunalBot.Bot.Storage;

/// Storage log messages, event ids 4000-4099. Keys are logged at Debug only: they may name a person's request.
internal static partial class StorageLog
{
    [LoggerMessage(4000, LogLevel.Information, "SQLite document store ready at {Path}")]
    public static partial void SqliteOpened(ILogger logger, string path);

    [LoggerMessage(4001, LogLevel.Warning, "Document store ({Provider}) did not answer the ping")]
    public static partial void PingFailed(ILogger logger, string provider, Exception exception);

    [LoggerMessage(4002, LogLevel.Debug, "Conditional write of {Key} lost to another writer")]
    public static partial void WriteConflict(ILogger logger, string key);

    [LoggerMessage(4003, LogLevel.Information, "Azure Blob document store ready: container {ContainerUri}")]
    public static partial void BlobContainerReady(ILogger logger, string containerUri);

    [LoggerMessage(4004, LogLevel.Warning, "WAL checkpoint after an erasure could not finish ({WalPages} pages in the WAL, {CheckpointedPages} copied); deleted data stays in the WAL file until the next checkpoint")]
    public static partial void CheckpointIncomplete(ILogger logger, int walPages, int checkpointedPages);
}
