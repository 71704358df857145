using KommunalBot.Bot.Operations.Jobs;
using KommunalBot.Bot.Storage;
using KommunalBot.Bot.Tests.Storage;
using KommunalBot.Bot.Tests.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace KommunalBot.Bot.Tests.Jobs;

/// Runners of one job on one SQLite file, as bot instances sharing a store; their clocks are fakes the test moves.
public sealed class SingleRunnerJobTests : IAsyncLifetime
{
    private static readonly TimeSpan Beat = new JobsOptions().LeaseDuration / 3;

    private readonly TempDirectory directory = new();
    private readonly FakeTimeProvider clock = new();
    private readonly List<CountingJob> jobs = [];

    [Fact]
    public async Task Job_HoldingTheLease_RunsAtOnceAndThenEveryInterval()
    {
        var (job, leases, _) = Runner(clock);
        await job.StartAsync(CancellationToken.None);
        Assert.Equal(1, await job.NextRunAsync());

        clock.Advance(CountingJob.RunInterval / 2);
        Assert.Equal(LeaseOutcome.Held, await leases.NextAsync(nameof(ILeases.RenewAsync)));
        Assert.False(job.RanAgain());

        clock.Advance(CountingJob.RunInterval / 2);
        Assert.Equal(2, await job.NextRunAsync());
    }

    [Fact]
    public async Task Job_AnotherInstanceHoldsIt_DoesNotRunThere()
    {
        var (holder, holderLeases, _) = Runner(clock);
        var (other, otherLeases, otherLogs) = Runner(clock);
        await holder.StartAsync(CancellationToken.None);
        await holder.NextRunAsync();
        await other.StartAsync(CancellationToken.None);
        Assert.Equal(LeaseOutcome.TakenByAnother, await otherLeases.NextAsync(nameof(ILeases.TryAcquireAsync)));

        for (var beat = 0; beat < 6; beat++) // two lease durations
        {
            clock.Advance(Beat);
            Assert.Equal(LeaseOutcome.Held, await holderLeases.NextAsync(nameof(ILeases.RenewAsync)));
            Assert.Equal(LeaseOutcome.TakenByAnother, await otherLeases.NextAsync(nameof(ILeases.TryAcquireAsync)));
        }

        Assert.Equal(0, other.Count);
        Assert.Contains(otherLogs.Entries, entry => entry.EventId == 4103);
    }

    [Fact]
    public async Task Job_HolderStalls_AnotherTakesItWithinTheLeaseDurationAndTheStalledRunIsCancelled()
    {
        var stalledClock = new FakeTimeProvider(clock.GetUtcNow()); // stands still: the holder renews no more
        var (stalled, stalledLeases, stalledLogs) = Runner(stalledClock, runsUntilCancelled: true);
        var (other, otherLeases, otherLogs) = Runner(clock);
        await stalled.StartAsync(CancellationToken.None);
        await stalled.NextRunAsync();
        await other.StartAsync(CancellationToken.None);
        await otherLeases.NextAsync(nameof(ILeases.TryAcquireAsync));

        var waited = TimeSpan.Zero;
        object outcome;
        do
        {
            clock.Advance(Beat);
            waited += Beat;
            outcome = await otherLeases.NextAsync(nameof(ILeases.TryAcquireAsync));
        }
        while (outcome is LeaseOutcome.TakenByAnother && waited < TimeSpan.FromMinutes(5));

        Assert.Equal(new JobsOptions().LeaseDuration, waited);
        Assert.Equal(1, await other.NextRunAsync());
        Assert.Contains(otherLogs.Entries, entry => entry.EventId == 4100);

        stalledClock.Advance(Beat); // it wakes up and renews
        Assert.Equal(LeaseOutcome.Lost, await stalledLeases.NextAsync(nameof(ILeases.RenewAsync)));
        await stalled.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Contains(stalledLogs.Entries, entry => entry.EventId == 4101);
        Assert.Equal(LeaseOutcome.TakenByAnother, await stalledLeases.NextAsync(nameof(ILeases.TryAcquireAsync)));
        Assert.Equal(1, stalled.Count);
    }

    [Fact]
    public async Task Job_HolderStopsGracefully_ReleasesSoAnotherTakesItAtItsNextTry()
    {
        var (holder, holderLeases, holderLogs) = Runner(clock);
        var (other, otherLeases, _) = Runner(clock);
        await holder.StartAsync(CancellationToken.None);
        await holder.NextRunAsync();
        await other.StartAsync(CancellationToken.None);
        await otherLeases.NextAsync(nameof(ILeases.TryAcquireAsync));

        await holder.StopAsync(CancellationToken.None);
        Assert.Equal(true, await holderLeases.NextAsync(nameof(ILeases.ReleaseAsync)));
        Assert.Contains(holderLogs.Entries, entry => entry.EventId == 4102);

        clock.Advance(Beat); // a third of the lease duration: only a released lease is free this soon
        Assert.Equal(LeaseOutcome.Held, await otherLeases.NextAsync(nameof(ILeases.TryAcquireAsync)));
        Assert.Equal(1, await other.NextRunAsync());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var job in jobs)
        {
            await job.StopAsync(CancellationToken.None);
            job.Dispose();
        }

        SqliteConnection.ClearAllPools();
        directory.Dispose();
    }

    /// One bot instance's runner of the job: its own leases client on the shared file, its own clock and logs.
    private (CountingJob Job, ObservedLeases Leases, LogRecorder Logs) Runner(FakeTimeProvider time, bool runsUntilCancelled = false)
    {
        var leases = new ObservedLeases(new SqliteLeases(Path.Combine(directory.Path, "bot.db"), time));
        var logs = new LogRecorder();
        var job = new CountingJob(leases, time, logs.CreateLogger("job"), runsUntilCancelled);
        jobs.Add(job);
        return (job, leases, logs);
    }
}
