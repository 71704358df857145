using Microsoft.Data.Sqlite;

namespace KommunalBot.Bot.Storage;

/// How every part of the bot opens the one SQLite file (documents, leases): pooled, created when missing. A
/// statement that meets a locked database is retried until the command timeout
/// (learn.microsoft.com/dotnet/standard/data/sqlite/database-errors).
internal static class SqliteFile
{
    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(path),
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();
}
