using KommunalBot.Bot.Operations.Jobs;
using KommunalBot.Bot.Storage;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// Once a day, on one bot instance (DSGVO: storage limitation): deletes events that ended longer than
/// Broadcast:Retention ago, with their answers. Their messages in the outbox go by Delivery's own retention.
internal sealed class EventRetention(
    EventStore store,
    IOptionsMonitor<BroadcastOptions> options,
    ILeases leases,
    IOptions<JobsOptions> jobs,
    TimeProvider timeProvider,
    ILogger<EventRetention> logger)
    : SingleRunnerJob(leases, jobs, timeProvider, logger)
{
    protected override string JobName => "broadcast-event-retention";

    protected override TimeSpan Interval => TimeSpan.FromDays(1);

    protected override Task RunAsync(CancellationToken cancellationToken) => PurgeAsync(cancellationToken);

    /// Returns how many events were deleted.
    internal async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = TimeProvider.GetUtcNow() - options.CurrentValue.Retention;
        var expired = new List<StoredEvent>(); // listed first: deleting while the store lists would change what it lists
        await foreach (var stored in store.ListAsync(cancellationToken))
        {
            if (stored.Event.Details.EndUtc <= cutoff)
            {
                expired.Add(stored);
            }
        }

        var deleted = 0;
        foreach (var stored in expired)
        {
            deleted += await store.DeleteAsync(stored, cancellationToken) ? 1 : 0;
        }

        EventLog.RetentionDeleted(logger, deleted, cutoff);
        return deleted;
    }
}
