using KommunalBot.Bot.Operations.Jobs;
using KommunalBot.Bot.Storage;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Broadcast;

/// Every minute, on one bot instance: each subscription whose digest fell due (<see cref="DigestSchedule.IsDue"/>)
/// gets the items published since its last digest (<see cref="Digests"/>). After an outage a subscription gets one
/// digest for its latest missed instant, holding everything since its last one, not one per missed week. Once a day it
/// also deletes digest items older than Broadcast:Retention.
internal sealed class DigestJob(
    SubscriptionStore subscriptions,
    Digests digests,
    DigestItemStore items,
    IOptionsMonitor<BroadcastOptions> options,
    ILeases leases,
    IOptions<JobsOptions> jobs,
    TimeProvider timeProvider,
    ILogger<DigestJob> logger)
    : SingleRunnerJob(leases, jobs, timeProvider, logger)
{
    protected override string JobName => "broadcast-digest";

    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    private DateTimeOffset lastPurge = DateTimeOffset.MinValue;

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        await RunDueAsync(cancellationToken);
        var now = TimeProvider.GetUtcNow();
        if (now - lastPurge >= TimeSpan.FromDays(1))
        {
            await items.PurgeAsync(now - options.CurrentValue.Retention, cancellationToken);
            lastPurge = now;
        }
    }

    /// Returns the plan that was sent.
    internal async Task<DigestPlan> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = TimeProvider.GetUtcNow();
        var due = new List<DigestDue>();
        await foreach (var subscription in subscriptions.ListAsync(cancellationToken))
        {
            if (DigestSchedule.IsDue(subscription, now))
            {
                due.Add(new DigestDue(subscription, LatestDue(subscription, now)));
            }
        }

        var plan = await digests.PlanAsync(due, cancellationToken);
        if (due.Count > 0)
        {
            await digests.SendAsync(plan, cancellationToken);
            SubscriptionLog.DigestRun(logger, due.Count, plan.Groups.Count, plan.Audience.Channels, plan.Quiet.Count);
        }

        return plan;
    }

    /// The last scheduled instant at or before <paramref name="now"/>.
    internal static DateTimeOffset LatestDue(Subscription subscription, DateTimeOffset now)
    {
        var at = DigestSchedule.Next(subscription, subscription.LastDigestUtc);
        for (var next = DigestSchedule.Next(subscription, at); next <= now; next = DigestSchedule.Next(subscription, next))
        {
            at = next;
        }

        return at;
    }
}
