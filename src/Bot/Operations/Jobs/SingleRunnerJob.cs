using KommunalBot.Bot.Storage;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Operations.Jobs;

/// A background job that runs on exactly one of the bot instances sharing a store. Every instance tries to take the
/// job's lease every third of the lease duration; the one that holds it runs the job at once and then every
/// <see cref="Interval"/>, and renews the lease as often as the others try. When a renewal finds the lease taken
/// (this instance was frozen or cut off past the duration) the run in progress is cancelled. A graceful stop releases
/// the lease so another instance takes over at its next try; a crashed holder's lease simply expires.
/// A job that moves runs at once on its new instance, so a run must be safe to repeat.
internal abstract class SingleRunnerJob(ILeases leases, IOptions<JobsOptions> options, TimeProvider timeProvider, ILogger logger)
    : BackgroundService
{
    private volatile bool holding;

    protected TimeProvider TimeProvider { get; } = timeProvider;

    /// The lease name: lowercase letters, digits, hyphens; the same on every instance.
    protected abstract string JobName { get; }

    protected abstract TimeSpan Interval { get; }

    private Lease Lease => field ??= new Lease(JobName, Guid.NewGuid(), options.Value.LeaseDuration);

    private TimeSpan Beat => options.Value.LeaseDuration / 3;

    /// One run. The token is cancelled when the instance stops or loses the lease.
    protected abstract Task RunAsync(CancellationToken cancellationToken);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (!holding)
        {
            return;
        }

        holding = false;
        try
        {
            await leases.ReleaseAsync(Lease, cancellationToken);
            JobsLog.Released(logger, JobName, Lease.Holder);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            JobsLog.LeaseUnreachable(logger, JobName, exception); // it expires by itself
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Timers are created before the first wait, so a tick that falls due meanwhile is not missed.
        using var attempts = new PeriodicTimer(Beat, TimeProvider);
        do
        {
            var outcome = await LeaseCallAsync(() => leases.TryAcquireAsync(Lease, stoppingToken));
            if (outcome is LeaseOutcome.Held)
            {
                holding = true;
                JobsLog.Took(logger, JobName, Lease.Holder);
                await HoldAsync(stoppingToken);
            }
            else if (outcome is LeaseOutcome.TakenByAnother)
            {
                JobsLog.HeldElsewhere(logger, JobName);
            }
        }
        while (await attempts.WaitForNextTickAsync(stoppingToken));
    }

    /// Runs the job while renewals succeed; returns when one fails.
    private async Task HoldAsync(CancellationToken stoppingToken)
    {
        using var renewals = new PeriodicTimer(Beat, TimeProvider);
        using var held = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var work = WorkAsync(held.Token);
        try
        {
            while (await renewals.WaitForNextTickAsync(stoppingToken)
                   && await LeaseCallAsync(() => leases.RenewAsync(Lease, stoppingToken)) is LeaseOutcome.Held)
            {
            }

            holding = false;
            JobsLog.Lost(logger, JobName, Lease.Holder);
        }
        finally
        {
            await held.CancelAsync();
            await work;
        }
    }

    private async Task WorkAsync(CancellationToken held)
    {
        try
        {
            using var timer = new PeriodicTimer(Interval, TimeProvider);
            do
            {
                try
                {
                    await RunAsync(held);
                    JobsLog.Ran(logger, JobName);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    JobsLog.RunFailed(logger, JobName, exception);
                }
            }
            while (await timer.WaitForNextTickAsync(held));
        }
        catch (OperationCanceledException) when (held.IsCancellationRequested)
        {
            // Stopped or lost: the run ends here.
        }
    }

    /// A store that cannot be reached counts as not holding: the work pauses rather than risk running twice, and the
    /// next try takes the lease again if it is still ours.
    private async Task<LeaseOutcome?> LeaseCallAsync(Func<Task<LeaseOutcome>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            JobsLog.LeaseUnreachable(logger, JobName, exception);
            return null;
        }
    }
}
