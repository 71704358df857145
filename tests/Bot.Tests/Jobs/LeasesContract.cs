using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Tests.Jobs;

/// What every lease backend must do, run against each: two bot instances contend through two separate
/// <see cref="ILeases"/> on the same store.
public abstract class LeasesContract
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(15); // the shortest Azure allows

    private readonly Lease first = new("test-job", Guid.NewGuid(), Duration);
    private readonly Lease second = new("test-job", Guid.NewGuid(), Duration);

    /// A new client of the shared store, as a second bot instance would have.
    private protected abstract ILeases CreateLeases();

    /// Calls <paramref name="attempt"/> once the lease duration has passed (or until it succeeds, bounded, where the
    /// store keeps the time) and returns its last outcome.
    private protected abstract Task<LeaseOutcome> AfterExpiryAsync(Func<Task<LeaseOutcome>> attempt);

    private ILeases One => field ??= CreateLeases();

    private ILeases Other => field ??= CreateLeases();

    [Fact]
    public async Task TryAcquire_TwoContendersAtOnce_ExactlyOneHolds()
    {
        for (var round = 0; round < 10; round++)
        {
            var name = $"race-{round}"; // a fresh name each round: the blob does not exist yet either
            var outcomes = await Task.WhenAll(
                One.TryAcquireAsync(new Lease(name, first.Holder, Duration), CancellationToken.None),
                Other.TryAcquireAsync(new Lease(name, second.Holder, Duration), CancellationToken.None));

            Assert.Single(outcomes, outcome => outcome == LeaseOutcome.Held);
            Assert.Single(outcomes, outcome => outcome == LeaseOutcome.TakenByAnother);
        }
    }

    [Fact]
    public async Task Renew_ByTheHolder_KeepsTheLeaseFromTheOther()
    {
        Assert.Equal(LeaseOutcome.Held, await One.TryAcquireAsync(first, CancellationToken.None));

        Assert.Equal(LeaseOutcome.Held, await One.RenewAsync(first, CancellationToken.None));
        Assert.Equal(LeaseOutcome.Held, await One.TryAcquireAsync(first, CancellationToken.None));
        Assert.Equal(LeaseOutcome.TakenByAnother, await Other.TryAcquireAsync(second, CancellationToken.None));
    }

    [Fact]
    public async Task TryAcquire_AfterRelease_TheOtherHoldsAtOnceAndTheOldHolderHasLost()
    {
        await One.TryAcquireAsync(first, CancellationToken.None);

        Assert.True(await One.ReleaseAsync(first, CancellationToken.None));

        Assert.Equal(LeaseOutcome.Held, await Other.TryAcquireAsync(second, CancellationToken.None));
        Assert.Equal(LeaseOutcome.Lost, await One.RenewAsync(first, CancellationToken.None));
    }

    [Fact]
    public async Task Release_ByAnother_LeavesTheHolderHolding()
    {
        await One.TryAcquireAsync(first, CancellationToken.None);

        Assert.False(await Other.ReleaseAsync(second, CancellationToken.None));

        Assert.Equal(LeaseOutcome.Held, await One.RenewAsync(first, CancellationToken.None));
        Assert.Equal(LeaseOutcome.TakenByAnother, await Other.TryAcquireAsync(second, CancellationToken.None));
    }

    [Fact]
    public async Task TryAcquire_AfterTheHolderStoppedRenewing_TheOtherHoldsAndTheOldHolderIsToldItLost()
    {
        await One.TryAcquireAsync(first, CancellationToken.None);

        var outcome = await AfterExpiryAsync(() => Other.TryAcquireAsync(second, CancellationToken.None));

        Assert.Equal(LeaseOutcome.Held, outcome);
        Assert.Equal(LeaseOutcome.Lost, await One.RenewAsync(first, CancellationToken.None));
        Assert.Equal(LeaseOutcome.TakenByAnother, await One.TryAcquireAsync(first, CancellationToken.None));
    }

    [Fact]
    public async Task Renew_NeverAcquired_ReportsLost()
    {
        Assert.Equal(LeaseOutcome.Lost, await One.RenewAsync(first, CancellationToken.None));
    }
}
