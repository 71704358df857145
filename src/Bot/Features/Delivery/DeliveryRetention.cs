using KommunalBot.Bot.Operations.Jobs;
using KommunalBot.Bot.Storage;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Delivery;

/// Once a day, on one bot instance (DSGVO: storage limitation): deletes contents settled longer ago than
/// <see cref="DeliveryOptions.Retention"/> with their records and by-person index entries. A content still sending,
/// or changed since it settled (an update or recall reopens it), is kept for a later run.
internal sealed class DeliveryRetention(
    DeliveryStore store,
    DeliveryPersonIndex people,
    IOptions<DeliveryOptions> options,
    ILeases leases,
    IOptions<JobsOptions> jobs,
    TimeProvider timeProvider,
    ILogger<DeliveryRetention> logger)
    : SingleRunnerJob(leases, jobs, timeProvider, logger)
{
    protected override string JobName => "delivery-retention";

    protected override TimeSpan Interval => TimeSpan.FromDays(1);

    protected override Task RunAsync(CancellationToken cancellationToken) => PurgeAsync(cancellationToken);

    /// Returns how many contents were deleted.
    internal async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = TimeProvider.GetUtcNow() - options.Value.Retention;
        var expired = new List<Stored<StoredContent>>();
        await foreach (var content in store.ListContentsAsync(cancellationToken))
        {
            if (content.Value.CompletedUtc < cutoff)
            {
                expired.Add(content);
            }
        }

        var (contents, records) = (0, 0);
        foreach (var content in expired)
        {
            var (deleted, left) = await DeleteRecordsAsync(content.Value.ContentId, cancellationToken);
            records += deleted;
            // The content goes last, and only unchanged and without records left, so no record outlives its content.
            if (left == 0 && await store.DeleteAsync(content.Key, content.ETag, cancellationToken))
            {
                await store.DeleteAsync(DeliveryStore.OpenKey(content.Value.ContentId), null, cancellationToken);
                contents++;
            }
        }

        DeliveryEditorLog.Purged(logger, contents, cutoff, records);
        return contents;
    }

    private async Task<(int Deleted, int Left)> DeleteRecordsAsync(string contentId, CancellationToken cancellationToken)
    {
        var records = new List<Stored<DeliveryRecord>>();
        await foreach (var record in store.ListRecordsAsync(contentId, cancellationToken))
        {
            records.Add(record);
        }

        var deleted = 0;
        foreach (var record in records)
        {
            // A record changed since it was read stays, with its index entry, for the next run.
            if (await store.DeleteAsync(record.Key, record.ETag, cancellationToken))
            {
                await people.RemoveAsync(record.Value, cancellationToken);
                deleted++;
            }
        }

        return (deleted, records.Count - deleted);
    }
}
