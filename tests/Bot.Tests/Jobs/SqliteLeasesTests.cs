using KommunalBot.Bot.Storage;
using KommunalBot.Bot.Tests.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace KommunalBot.Bot.Tests.Jobs;

/// The contract on one SQLite file, the clock ours: expiry comes from advancing it, not from waiting.
public sealed class SqliteLeasesTests : LeasesContract, IDisposable
{
    private readonly TempDirectory directory = new();
    private readonly FakeTimeProvider clock = new();

    private string DatabasePath => Path.Combine(directory.Path, "data", "bot.db");

    [Fact]
    public async Task TryAcquire_InTheDocumentStoreFile_KeepsItInWalModeAndTheStoreWorking()
    {
        await CreateLeases().TryAcquireAsync(new Lease("first-use", Guid.NewGuid(), TimeSpan.FromSeconds(30)), CancellationToken.None);
        using var store = new SqliteDocumentStore(DatabasePath, clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteDocumentStore>.Instance);

        var put = await store.PutAsync("doc", "{}", PutCondition.CreateOnly, CancellationToken.None);

        Assert.Equal(PutOutcome.Written, put.Outcome);
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        directory.Dispose();
    }

    private protected override ILeases CreateLeases() => new SqliteLeases(DatabasePath, clock);

    private protected override Task<LeaseOutcome> AfterExpiryAsync(Func<Task<LeaseOutcome>> attempt)
    {
        clock.Advance(TimeSpan.FromSeconds(15));
        return attempt();
    }
}
