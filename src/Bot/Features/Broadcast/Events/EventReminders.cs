using KommunalBot.Bot.Operations.Jobs;
using KommunalBot.Bot.Storage;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// Every few minutes, on one bot instance: each person who accepted an event that begins within
/// Broadcast:ReminderLead gets a 1:1 reminder. The reminder's content id is the event's and its start
/// (<see cref="EventNotices.ReminderId"/>), and Delivery keeps one record per (content, person), so every run queues it
/// only for those who do not have it yet: a restart, a second instance or a second tick send nothing twice, and someone
/// who accepts after the reminder went out gets it at the next run. A cancelled event gets no reminder.
internal sealed class EventReminders(
    EventStore store,
    EventNotices notices,
    IOptionsMonitor<BroadcastOptions> options,
    ILeases leases,
    IOptions<JobsOptions> jobs,
    TimeProvider timeProvider,
    ILogger<EventReminders> logger)
    : SingleRunnerJob(leases, jobs, timeProvider, logger)
{
    protected override string JobName => "broadcast-event-reminders";

    /// A reminder a day ahead may come up to five minutes late; the runs stay cheap (one listing of the events).
    protected override TimeSpan Interval => TimeSpan.FromMinutes(5);

    protected override Task RunAsync(CancellationToken cancellationToken) => RemindAsync(cancellationToken);

    /// Returns how many reminders were queued now.
    internal async Task<int> RemindAsync(CancellationToken cancellationToken)
    {
        var now = TimeProvider.GetUtcNow();
        var lead = options.CurrentValue.ReminderLead;
        var due = new List<BroadcastEvent>();
        await foreach (var stored in store.ListAsync(cancellationToken))
        {
            if (stored.Event is { State: EventState.Scheduled, SentUtc: not null } ev && ev.Details.StartUtc - lead <= now && now < ev.Details.StartUtc)
            {
                due.Add(ev);
            }
        }

        var queued = 0;
        foreach (var ev in due)
        {
            var added = await notices.ReminderAsync(ev, cancellationToken);
            if (added > 0)
            {
                EventLog.Reminded(logger, ev.Id, EventNotices.ReminderId(ev), added);
            }

            queued += added;
        }

        return queued;
    }
}
