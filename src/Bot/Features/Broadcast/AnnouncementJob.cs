using KommunalBot.Bot.Operations.Jobs;
using KommunalBot.Bot.Storage;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Broadcast;

/// Every minute, on one bot instance: sends the announcements scheduled through the admin API whose `sendAt` has come
/// (<see cref="Announcements.SendDueAsync"/>). A run repeated after a crash re-enqueues the same content id: sent once.
internal sealed class AnnouncementJob(Announcements announcements, ILeases leases, IOptions<JobsOptions> jobs, TimeProvider timeProvider, ILogger<AnnouncementJob> logger)
    : SingleRunnerJob(leases, jobs, timeProvider, logger)
{
    protected override string JobName => "broadcast-announcements";

    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    protected override Task RunAsync(CancellationToken cancellationToken) => announcements.SendDueAsync(cancellationToken);
}
