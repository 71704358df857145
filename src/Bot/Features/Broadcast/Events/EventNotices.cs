using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// The 1:1 messages about an event (change, cancellation, a place from the waiting list, the reminder), through
/// Delivery. Content ids are deterministic (`broadcast-event-{id}-…`), so queueing one again reaches only those it had
/// not reached: that is what keeps a reminder or a notice from arriving twice.
internal sealed class EventNotices(IOutbox outbox, EventCards cards, ILogger<EventNotices> logger)
{
    public static string ChangedId(BroadcastEvent ev) => $"{ev.ContentId}-changed-v{ev.Version}";

    public static string CancelledId(BroadcastEvent ev) => $"{ev.ContentId}-cancelled";

    public static string PromotedId(BroadcastEvent ev, EventRsvp rsvp) => $"{ev.ContentId}-promoted-{rsvp.Seq}";

    /// Keyed by the start: a change that moves the event brings a reminder for the new time; any other change does not.
    public static string ReminderId(BroadcastEvent ev) => $"{ev.ContentId}-reminder-{ev.Details.StartUtc.UtcDateTime:yyyyMMddHHmm}";

    /// Accepted and waiting: those who expect to come.
    public static IReadOnlyList<EventRsvp> Attendees(BroadcastEvent ev) =>
        [.. ev.Rsvps.Where(r => r.Status is RsvpStatus.Accepted or RsvpStatus.Waiting)];

    public Task ChangedAsync(BroadcastEvent ev, CancellationToken cancellationToken) =>
        SendAsync(ChangedId(ev), "broadcastEventChanged", ev, Attendees(ev), cancellationToken);

    public Task CancelledAsync(BroadcastEvent ev, CancellationToken cancellationToken) =>
        SendAsync(CancelledId(ev), "broadcastEventCancelled", ev, Attendees(ev), cancellationToken);

    public async Task PromotedAsync(BroadcastEvent ev, IReadOnlyList<EventRsvp> promoted, CancellationToken cancellationToken)
    {
        foreach (var rsvp in promoted)
        {
            await SendAsync(PromotedId(ev, rsvp), "broadcastEventPromoted", ev, [rsvp], cancellationToken);
        }
    }

    /// Returns how many were queued now (0 when everyone had it already).
    public Task<int> ReminderAsync(BroadcastEvent ev, CancellationToken cancellationToken) =>
        SendAsync(ReminderId(ev), "broadcastEventReminder", ev, [.. ev.Rsvps.Where(r => r.Status == RsvpStatus.Accepted)], cancellationToken);

    /// <paramref name="textKey"/> and <paramref name="textKey"/>`Summary` with {0} title, {1} when (Europe/Berlin), {2} where.
    private async Task<int> SendAsync(string contentId, string textKey, BroadcastEvent ev, IReadOnlyList<EventRsvp> to, CancellationToken cancellationToken)
    {
        if (to.Count == 0)
        {
            return 0;
        }

        var culture = EventCards.Shared;
        var texts = cards.Texts;
        var details = ev.Details;
        var where = details.Where;
        var message = new Activity
        {
            Type = ActivityTypes.Message,
            Text = string.Format(culture, texts.Get(textKey, culture), details.Title, EventTimes.BerlinRange(details), where),
            TextFormat = "markdown",
            Summary = string.Format(culture, texts.Get(textKey + "Summary", culture), details.Title),
        };
        var recipients = to.Select(r => (DeliveryRecipient)new DeliveryRecipient.Person(r.Person.TenantId, r.Person.ObjectId)).ToList();
        switch (await outbox.EnqueueAsync(new DeliveryContent(contentId, EventCards.Owner, message), recipients, cancellationToken))
        {
            case EnqueueOutcome.Rejected rejected:
                EventLog.NoticeRejected(logger, contentId, rejected.Reason.ToString());
                return 0;
            case EnqueueOutcome.Queued queued:
                if (queued.Refused.Count > 0)
                {
                    EventLog.Unreachable(logger, contentId, queued.Refused.Count);
                }

                return queued.New;
            default:
                throw new InvalidOperationException("EnqueueOutcome is closed");
        }
    }
}
