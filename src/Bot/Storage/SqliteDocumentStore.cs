using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KommunalBot.Bot.Storage;

/// The embedded default backend: one SQLite file in WAL mode. Every conditional write is a single SQL
/// statement (INSERT ... ON CONFLICT DO NOTHING, UPDATE ... WHERE etag = @ifMatch), so SQLite's write lock
/// makes it atomic: of two conflicting writers exactly one changes a row. Each call opens a connection
/// from Microsoft.Data.Sqlite's pool, so concurrent requests never share one.
internal sealed partial class SqliteDocumentStore(string path, TimeProvider timeProvider, ILogger<SqliteDocumentStore> logger)
    : IDocumentStore, IDisposable
{
    private const int BusyTimeoutMilliseconds = 10_000;

    private readonly string connectionString = SqliteFile.ConnectionString(path);

    private readonly SemaphoreSlim createLock = new(1, 1);
    private volatile bool created;

    public async Task<StoredDocument?> GetAsync(string key, CancellationToken cancellationToken)
    {
        DocumentKey.Validate(key);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json, etag FROM documents WHERE key = @key";
        command.Parameters.AddWithValue("@key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredDocument(key, reader.GetString(0), reader.GetString(1))
            : null;
    }

    public async Task<PutResult> PutAsync(string key, string json, PutCondition condition, CancellationToken cancellationToken)
    {
        DocumentKey.Validate(key);
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(condition);

        var etag = Guid.NewGuid().ToString("N");
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = condition switch
        {
            { IfNoneExists: true } =>
                "INSERT INTO documents (key, json, etag, updated_utc) VALUES (@key, @json, @etag, @now) " +
                "ON CONFLICT (key) DO NOTHING",
            { IfMatch: not null } =>
                "UPDATE documents SET json = @json, etag = @etag, updated_utc = @now WHERE key = @key AND etag = @ifMatch",
            _ =>
                "INSERT INTO documents (key, json, etag, updated_utc) VALUES (@key, @json, @etag, @now) " +
                "ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated_utc = excluded.updated_utc",
        };
        command.Parameters.AddWithValue("@key", key);
        command.Parameters.AddWithValue("@json", json);
        command.Parameters.AddWithValue("@etag", etag);
        command.Parameters.AddWithValue("@now", UtcNowText());
        command.Parameters.AddWithValue("@ifMatch", (object?)condition.IfMatch ?? DBNull.Value);

        if (await command.ExecuteNonQueryAsync(cancellationToken) == 1)
        {
            return new PutResult(PutOutcome.Written, etag);
        }

        StorageLog.WriteConflict(logger, key);
        return new PutResult(PutOutcome.Conflict, null);
    }

    public async Task<bool> DeleteAsync(string key, string? ifMatchETag, CancellationToken cancellationToken)
    {
        DocumentKey.Validate(key);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM documents WHERE key = @key AND (@ifMatch IS NULL OR etag = @ifMatch)";
        command.Parameters.AddWithValue("@key", key);
        command.Parameters.AddWithValue("@ifMatch", (object?)ifMatchETag ?? DBNull.Value);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master";
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException)
        {
            StorageLog.PingFailed(logger, "Sqlite", exception);
            return false;
        }
    }

    /// Rewrites the file from its live rows (VACUUM), then copies the WAL into it and truncates it: the WAL still
    /// holds the pages as they were before a delete, and secure_delete only zeroes the database file's copy
    /// (sqlite.org/wal.html).
    public async Task CompactAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // secure_delete zeroes freed cells, but an interior b-tree page may still hold a deleted key as a divider
        // ("ask/person/<object id>/…"): VACUUM rewrites the file from the live rows only. Erasure is rare; the
        // rewrite costs one pass over the file.
        await using (var vacuum = connection.CreateCommand())
        {
            vacuum.CommandText = "VACUUM";
            await vacuum.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        // One row: busy (1 when a reader or writer kept the checkpoint from finishing), WAL pages, pages copied.
        if (await reader.ReadAsync(cancellationToken) && reader.GetInt32(0) != 0)
        {
            StorageLog.CheckpointIncomplete(logger, reader.GetInt32(1), reader.GetInt32(2));
        }
    }

    /// Closes the pooled connections to this file (the last one checkpoints the WAL).
    public void Dispose()
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
        createLock.Dispose();
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!created)
        {
            await CreateAsync(cancellationToken);
        }

        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // Per connection (pooled connections keep it): wait for the write lock instead of failing at once;
            // in WAL mode synchronous=NORMAL is safe against crashes of the bot (only a power cut can lose
            // the last commits) and saves an fsync per write (sqlite.org/pragma.html#pragma_synchronous);
            // secure_delete overwrites deleted content with zeros instead of leaving it in free space
            // (erasure, DSGVO Art. 17; sqlite.org/pragma.html#pragma_secure_delete).
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON";
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// Creates directory, file and table on first use. Runs again after a failure (e.g. a read-only
    /// directory that an operator fixes), so one bad start does not poison the process.
    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        await createLock.WaitAsync(cancellationToken);
        try
        {
            if (created)
            {
                return;
            }

            var fullPath = Path.GetFullPath(path);
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            // busy_timeout first: another process may be creating the same file right now.
            command.CommandText =
                $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};" +
                "PRAGMA journal_mode = WAL;" +
                "CREATE TABLE IF NOT EXISTS documents (" +
                "key TEXT PRIMARY KEY NOT NULL, json TEXT NOT NULL, etag TEXT NOT NULL, updated_utc TEXT NOT NULL" +
                ") WITHOUT ROWID;";
            await command.ExecuteNonQueryAsync(cancellationToken);
            created = true;
            StorageLog.SqliteOpened(logger, fullPath);
        }
        finally
        {
            createLock.Release();
        }
    }

    private string UtcNowText() =>
        timeProvider.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
