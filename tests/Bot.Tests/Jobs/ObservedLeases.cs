using System.Threading.Channels;
using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Tests.Jobs;

/// The real leases, with every outcome reported to the test, so it can wait for a job to have tried (a bounded wait on
/// an event, no sleeping) before it moves the clock on.
internal sealed class ObservedLeases(ILeases inner) : ILeases
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private readonly Channel<(string Operation, object Outcome)> outcomes = Channel.CreateUnbounded<(string, object)>();

    public async Task<LeaseOutcome> TryAcquireAsync(Lease lease, CancellationToken cancellationToken) =>
        Report(nameof(TryAcquireAsync), await inner.TryAcquireAsync(lease, cancellationToken));

    public async Task<LeaseOutcome> RenewAsync(Lease lease, CancellationToken cancellationToken) =>
        Report(nameof(RenewAsync), await inner.RenewAsync(lease, cancellationToken));

    public async Task<bool> ReleaseAsync(Lease lease, CancellationToken cancellationToken) =>
        Report(nameof(ReleaseAsync), await inner.ReleaseAsync(lease, cancellationToken));

    /// The outcome of the next call of <paramref name="operation"/> (calls of other operations before it are skipped).
    public async Task<object> NextAsync(string operation)
    {
        using var timeout = new CancellationTokenSource(Deadline);
        while (true)
        {
            var (called, outcome) = await outcomes.Reader.ReadAsync(timeout.Token);
            if (called == operation)
            {
                return outcome;
            }
        }
    }

    private T Report<T>(string operation, T outcome)
        where T : notnull
    {
        outcomes.Writer.TryWrite((operation, outcome));
        return outcome;
    }
}
