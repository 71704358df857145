using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Tests.Storage;

/// Optimistic concurrency under real contention: racers start together on their own threads
/// (a barrier, no sleeps), so a store that checked and wrote in two steps would let two of them win.
public abstract partial class DocumentStoreContract
{
    private const int Racers = 20;

    [Fact]
    public async Task Put_RacingWritersWithSameETag_ExactlyOneWins()
    {
        await AssertOneWinnerPerRoundAsync(useBothInstances: false);
    }

    [Fact]
    public async Task Put_RacingWritersOnTwoInstancesWithSameETag_ExactlyOneWins()
    {
        await AssertOneWinnerPerRoundAsync(useBothInstances: true);
    }

    [Fact]
    public async Task Put_RacingCreateOnly_ExactlyOneWins()
    {
        for (var round = 0; round < RaceIterations; round++)
        {
            var key = $"create/{round}";
            var results = await RaceAsync(racer =>
                StoreFor(racer, true).PutAsync(key, $$"""{"racer":{{racer}}}""", PutCondition.CreateOnly, None));

            var winner = Assert.Single(results, result => result.Outcome == PutOutcome.Written);
            var stored = await Store.GetAsync(key, None);
            Assert.Equal(winner.ETag, stored?.ETag);
            Assert.Equal($$"""{"racer":{{Array.IndexOf(results, winner)}}}""", stored?.Json);
        }
    }

    [Fact]
    public async Task Delete_RacingWithSameETag_ExactlyOneDeletes()
    {
        for (var round = 0; round < RaceIterations; round++)
        {
            var key = $"delete/{round}";
            var put = await Store.PutAsync(key, "{}", PutCondition.None, None);

            var deleted = await RaceAsync(racer => StoreFor(racer, true).DeleteAsync(key, put.ETag, None));

            Assert.Single(deleted, d => d);
        }
    }

    [Fact]
    public async Task Put_ReadModifyWriteFromTwoInstances_LosesNoIncrement()
    {
        await Store.PutAsync("counter", """{"n":0}""", PutCondition.None, None);

        await RaceAsync(async racer =>
        {
            var store = StoreFor(racer, true);
            while (true)
            {
                var current = (await store.GetAsync("counter", None))!;
                var n = int.Parse(current.Json[5..^1]);
                var put = await store.PutAsync("counter", $$"""{"n":{{n + 1}}}""", PutCondition.Matching(current.ETag), None);
                if (put.Outcome == PutOutcome.Written)
                {
                    return true;
                }
            }
        });

        Assert.Equal($$"""{"n":{{Racers}}}""", (await Store.GetAsync("counter", None))?.Json);
    }

    private async Task AssertOneWinnerPerRoundAsync(bool useBothInstances)
    {
        for (var round = 0; round < RaceIterations; round++)
        {
            var key = $"consult/{round}";
            var open = await Store.PutAsync(key, """{"status":"Open"}""", PutCondition.CreateOnly, None);

            var results = await RaceAsync(racer => StoreFor(racer, useBothInstances)
                .PutAsync(key, $$"""{"status":"Claimed","by":{{racer}}}""", PutCondition.Matching(open.ETag!), None));

            var winner = Assert.Single(results, result => result.Outcome == PutOutcome.Written);
            Assert.All(results.Where(r => r != winner), r => Assert.Null(r.ETag));
            var stored = await Store.GetAsync(key, None);
            Assert.Equal(winner.ETag, stored?.ETag);
            Assert.Equal($$"""{"status":"Claimed","by":{{Array.IndexOf(results, winner)}}}""", stored?.Json);
        }
    }

    private IDocumentStore StoreFor(int racer, bool useBothInstances) =>
        useBothInstances && racer % 2 == 1 ? OtherStore : Store;

    /// Starts every racer on its own thread and releases them at once.
    private static async Task<T[]> RaceAsync<T>(Func<int, Task<T>> race)
    {
        using var barrier = new Barrier(Racers);
        var tasks = Enumerable.Range(0, Racers).Select(racer => Task.Factory.StartNew(
            () =>
            {
                barrier.SignalAndWait();
                return race(racer);
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default).Unwrap());
        return await Task.WhenAll(tasks);
    }
}
