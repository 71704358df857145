using Microsoft.Data.Sqlite;

namespace KommunalBot.Bot.Storage;

/// Leases as rows of table `leases` in the document store's SQLite file (WAL mode, so readers never wait for the
/// writer). Each operation is one conditional statement, so SQLite's write lock makes it atomic; expiry is judged by
/// the injected clock, which every instance sharing the file must agree on (one machine).
internal sealed class SqliteLeases(string path, TimeProvider timeProvider) : ILeases
{
    private readonly string connectionString = SqliteFile.ConnectionString(path);

    private volatile bool created;

    public async Task<LeaseOutcome> TryAcquireAsync(Lease lease, CancellationToken cancellationToken)
    {
        const string sql =
            "INSERT INTO leases (name, holder, expires_unix_ms) VALUES (@name, @holder, @expires) " +
            "ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_unix_ms = excluded.expires_unix_ms " +
            "WHERE leases.holder = excluded.holder OR leases.expires_unix_ms <= @now";
        return await ExecuteAsync(sql, lease, cancellationToken) == 1 ? LeaseOutcome.Held : LeaseOutcome.TakenByAnother;
    }

    public async Task<LeaseOutcome> RenewAsync(Lease lease, CancellationToken cancellationToken)
    {
        const string sql = "UPDATE leases SET expires_unix_ms = @expires WHERE name = @name AND holder = @holder";
        return await ExecuteAsync(sql, lease, cancellationToken) == 1 ? LeaseOutcome.Held : LeaseOutcome.Lost;
    }

    public async Task<bool> ReleaseAsync(Lease lease, CancellationToken cancellationToken) =>
        await ExecuteAsync("DELETE FROM leases WHERE name = @name AND holder = @holder", lease, cancellationToken) == 1;

    private async Task<int> ExecuteAsync(string sql, Lease lease, CancellationToken cancellationToken)
    {
        if (!created)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        }

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        if (!created)
        {
            await CreateTableAsync(connection, cancellationToken);
        }

        var now = timeProvider.GetUtcNow();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@name", lease.Name);
        command.Parameters.AddWithValue("@holder", lease.Holder.ToString("D"));
        command.Parameters.AddWithValue("@now", now.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("@expires", (now + lease.Duration).ToUnixTimeMilliseconds());
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// Idempotent, so two instances creating it at once is harmless. WAL as the document store sets it: the journal
    /// mode is kept in the file, whichever of the two opens it first (sqlite.org/wal.html).
    private async Task CreateTableAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText =
            "PRAGMA journal_mode = WAL;" +
            "CREATE TABLE IF NOT EXISTS leases (" +
            "name TEXT PRIMARY KEY NOT NULL, holder TEXT NOT NULL, expires_unix_ms INTEGER NOT NULL) WITHOUT ROWID;";
        await command.ExecuteNonQueryAsync(cancellationToken);
        created = true;
    }
}
