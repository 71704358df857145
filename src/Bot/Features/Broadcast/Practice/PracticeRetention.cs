using KommunalBot.Bot.Operations.Jobs;
using KommunalBot.Bot.Storage;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// Once a day, on one bot instance (DSGVO: storage limitation): deletes submissions decided longer than
/// <see cref="BroadcastOptions.Retention"/> ago: published, rejected, or sent back and never resubmitted. Pending ones
/// are kept however old they are. A published best practice stays in the knowledge base: it is content now, with the
/// contact its submitter agreed to publish; only the record of who submitted it goes.
internal sealed class PracticeRetention(
    SubmissionStore store,
    IOptionsMonitor<BroadcastOptions> options,
    ILeases leases,
    IOptions<JobsOptions> jobs,
    TimeProvider timeProvider,
    ILogger<PracticeRetention> logger)
    : SingleRunnerJob(leases, jobs, timeProvider, logger)
{
    protected override string JobName => "broadcast-practice-retention";

    protected override TimeSpan Interval => TimeSpan.FromDays(1);

    protected override Task RunAsync(CancellationToken cancellationToken) => PurgeAsync(cancellationToken);

    /// Returns how many submissions were deleted.
    internal async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = TimeProvider.GetUtcNow() - options.CurrentValue.Retention;
        var expired = new List<string>(); // listed first: deleting while the store lists would change what it lists
        await foreach (var submission in store.ListAsync(cancellationToken))
        {
            if (submission.State != SubmissionState.Pending && submission.LastDecision is { } last && last.AtUtc <= cutoff)
            {
                expired.Add(submission.Id);
            }
        }

        foreach (var id in expired)
        {
            await store.DeleteAsync(id, cancellationToken);
        }

        PracticeLog.RetentionDeleted(logger, expired.Count, cutoff);
        return expired.Count;
    }
}
