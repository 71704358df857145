using KommunalBot.Bot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace KommunalBot.Bot.Tests.Storage;

/// The contract on a temp SQLite file, plus what only SQLite has: the file, WAL mode, the timestamp column.
public sealed class SqliteDocumentStoreTests : DocumentStoreContract, IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 29, 0, 30, 0, TimeSpan.Zero);

    private readonly TempDirectory directory = new();
    private readonly SqliteDocumentStore store;
    private readonly SqliteDocumentStore otherStore;

    public SqliteDocumentStoreTests()
    {
        store = CreateStore(DatabasePath);
        otherStore = CreateStore(DatabasePath);
    }

    protected override IDocumentStore Store => store;

    protected override IDocumentStore OtherStore => otherStore;

    private string DatabasePath => Path.Combine(directory.Path, "nested", "data", "kommunalbot.db");

    [Fact]
    public async Task Put_FirstUse_CreatesDirectoryAndFileInWalMode()
    {
        Assert.False(Directory.Exists(Path.GetDirectoryName(DatabasePath)));

        await store.PutAsync("doc", "{}", PutCondition.None, CancellationToken.None);

        Assert.True(File.Exists(DatabasePath));
        Assert.Equal("wal", await ScalarAsync("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task Put_Write_StoresUpdatedUtcFromTimeProvider()
    {
        await store.PutAsync("doc", "{}", PutCondition.None, CancellationToken.None);

        Assert.Equal("2026-03-29T00:30:00.0000000Z", await ScalarAsync("SELECT updated_utc FROM documents WHERE key = 'doc'"));
    }

    [Fact]
    public async Task Delete_ThenCompact_LeavesNoTraceInTheFiles()
    {
        const string secret = "Xaverine Quäppendorf";
        await store.PutAsync("keep", """{"note":"stays"}""", PutCondition.None, CancellationToken.None);
        await store.PutAsync("person", $$"""{"name":"{{secret}}"}""", PutCondition.None, CancellationToken.None);
        await store.DeleteAsync("person", null, CancellationToken.None);

        await store.CompactAsync(CancellationToken.None);

        var files = new[] { DatabasePath, DatabasePath + "-wal" }.Where(File.Exists).Select(TestHost.StoreFiles.ReadShared).ToList();
        Assert.Contains(files, bytes => bytes.AsSpan().IndexOf("stays"u8) >= 0);
        Assert.All(files, bytes => Assert.True(bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(secret)) < 0));
    }

    [Fact]
    public async Task Ping_UnusableLocation_ReturnsFalse()
    {
        var blocker = Path.Combine(directory.Path, "not-a-directory");
        await File.WriteAllTextAsync(blocker, "");
        using var broken = CreateStore(Path.Combine(blocker, "kommunalbot.db"));

        Assert.False(await broken.PingAsync(CancellationToken.None));
    }

    public void Dispose()
    {
        store.Dispose();
        otherStore.Dispose();
        directory.Dispose();
    }

    private static SqliteDocumentStore CreateStore(string path) =>
        new(path, new FakeTimeProvider(Now), NullLogger<SqliteDocumentStore>.Instance);

    private async Task<string?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string?)await command.ExecuteScalarAsync();
    }
}
