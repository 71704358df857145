using System.Threading.Channels;
using KommunalBot.Bot.Operations.Jobs;
using KommunalBot.Bot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Tests.Jobs;

/// A job that counts its runs; a long one runs until it is cancelled, as a run in progress when the lease is lost.
internal sealed class CountingJob(ILeases leases, TimeProvider timeProvider, ILogger logger, bool runsUntilCancelled = false)
    : SingleRunnerJob(leases, Options.Create(new JobsOptions()), timeProvider, logger)
{
    public static readonly TimeSpan RunInterval = TimeSpan.FromHours(1);

    private readonly Channel<int> runs = Channel.CreateUnbounded<int>();
    private int count;

    public int Count => count;

    /// Completes when a long run saw its token cancelled.
    public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override string JobName => "counting-job";

    protected override TimeSpan Interval => RunInterval;

    /// The number of the next run once it has started (bounded wait).
    public async Task<int> NextRunAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await runs.Reader.ReadAsync(timeout.Token);
    }

    public bool RanAgain() => runs.Reader.TryRead(out _);

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        runs.Writer.TryWrite(Interlocked.Increment(ref count));
        if (runsUntilCancelled)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Cancelled.TrySetResult();
                throw;
            }
        }
    }
}
