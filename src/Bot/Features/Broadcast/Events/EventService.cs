using KommunalBot.Bot.Features.Delivery;

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// Creates, sends, changes and cancels events and takes the answers: each writes the event, then brings the posted
/// cards up to date and tells those it concerns in 1:1. The editor's region limit is checked on every step.
internal sealed class EventService(
    EventStore store, EventCards cards, EventNotices notices, BroadcastAudience audience, IOutbox outbox,
    TimeProvider timeProvider, ILogger<EventService> logger)
{
    public static BroadcastTarget Target(BroadcastEvent ev) => new(BroadcastKind.Event, ev.Details.Topics, ev.Details.Region);

    /// Stores the event (not sent) and returns the audience the invite would reach.
    public async Task<EventOutcome> CreateAsync(
        EventDetails details, IReadOnlyList<string> organisers, string tenantId, string objectId, CancellationToken cancellationToken)
    {
        var ev = new BroadcastEvent
        {
            Id = BroadcastEvent.NewId(),
            Details = details,
            OrganiserObjectIds = [.. organisers.Append(objectId).Where(o => o.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)],
            State = EventState.Scheduled,
            Version = 1,
            CreatedByTenantId = tenantId,
            CreatedBy = objectId,
            CreatedUtc = timeProvider.GetUtcNow(),
            Rsvps = [],
        };
        if (await audience.ResolveAsync(Target(ev), tenantId, objectId, cancellationToken) is not AudienceOutcome.Allowed allowed)
        {
            return Outside(tenantId, objectId);
        }

        await store.CreateAsync(ev, cancellationToken);
        EventLog.Created(logger, ev.Id, ev.Version);
        return new EventOutcome.Done(ev, allowed.Plan);
    }

    /// Resolves the audience again (subscriptions and the editor's limits may have changed since the preview) and queues
    /// the invite for every matching channel. Sending again reaches only channels that did not have it.
    public async Task<EventOutcome> SendAsync(string id, string tenantId, string objectId, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } stored)
        {
            return new EventOutcome.NotFound();
        }

        if (stored.Event.State == EventState.Cancelled)
        {
            return new EventOutcome.WasCancelled();
        }

        if (await audience.ResolveAsync(Target(stored.Event), tenantId, objectId, cancellationToken) is not AudienceOutcome.Allowed allowed)
        {
            return Outside(tenantId, objectId);
        }

        var now = timeProvider.GetUtcNow();
        var sent = await store.ChangeAsync(id, ev => ev.SentUtc is null ? (ev with { SentUtc = now }, true) : ((BroadcastEvent?)null, false), cancellationToken);
        if (sent is not { Event: var ev, Result: var first })
        {
            return new EventOutcome.NotFound();
        }

        var channels = allowed.Plan.Subscriptions.Select(s => (DeliveryRecipient)new DeliveryRecipient.Conversation(s.Reference)).ToList();
        if (await outbox.EnqueueAsync(cards.Invite(ev), channels, cancellationToken) is EnqueueOutcome.Rejected rejected)
        {
            EventLog.CardRefused(logger, id, rejected.Reason.ToString(), rejected.Detail);
        }

        // No digest item: every channel subscribed to events gets the invite itself, so a digest would only repeat it.
        if (!first)
        {
            await cards.UpdateAsync(id, cancellationToken); // an earlier send's content may be older than the event
        }

        EventLog.Sent(logger, id, allowed.Plan.Channels, allowed.Plan.Organisations);
        return new EventOutcome.Done(ev, allowed.Plan);
    }

    /// Records the answer; null for an unknown event. A changed answer edits the posted cards (counts) and tells whoever
    /// got a place from the waiting list.
    public async Task<(BroadcastEvent Event, RsvpOutcome Outcome)?> AnswerAsync(string id, RsvpPerson person, RsvpAnswer answer, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var result = await store.ChangeAsync(id, ev =>
        {
            var outcome = EventRsvps.Answer(ev, person, answer, now);
            return outcome is RsvpOutcome.Recorded recorded && !ReferenceEquals(recorded.Event, ev)
                ? (recorded.Event, (Outcome: outcome, Changed: true))
                : ((BroadcastEvent?)null, (Outcome: outcome, Changed: false));
        }, cancellationToken);
        if (result is not { } done)
        {
            return null;
        }

        if (done.Result is { Changed: true, Outcome: RsvpOutcome.Recorded recordedNow })
        {
            await cards.UpdateAsync(id, cancellationToken);
            await notices.PromotedAsync(done.Event, recordedNow.Promoted, cancellationToken);
        }

        return (done.Event, done.Result.Outcome);
    }

    /// Replaces the event's details (version + 1); a larger capacity gives places to the waiting list. The posted cards
    /// change, and those who accepted or wait are told.
    public async Task<EventOutcome> ChangeAsync(string id, EventDetails details, string tenantId, string objectId, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } stored)
        {
            return new EventOutcome.NotFound();
        }

        if (!audience.MaySendTo(tenantId, objectId, stored.Event.Details.Region) || !audience.MaySendTo(tenantId, objectId, details.Region))
        {
            return Outside(tenantId, objectId);
        }

        var result = await store.ChangeAsync(id, ev =>
        {
            if (ev.State == EventState.Cancelled)
            {
                return ((BroadcastEvent?)null, (IReadOnlyList<EventRsvp>?)null);
            }

            var (rsvps, promoted) = EventRsvps.Fill(ev.Rsvps, details.Capacity);
            return (ev with { Details = details, Version = ev.Version + 1, Rsvps = rsvps }, promoted);
        }, cancellationToken);
        if (result is not { Event: var changed, Result: { } promotedNow })
        {
            return result is null ? new EventOutcome.NotFound() : new EventOutcome.WasCancelled();
        }

        EventLog.Changed(logger, id, changed.Version);
        await cards.UpdateAsync(id, cancellationToken);
        await notices.ChangedAsync(changed, cancellationToken);
        await notices.PromotedAsync(changed, promotedNow, cancellationToken);
        return new EventOutcome.Done(changed, null);
    }

    /// Cancels the event: the cards say "Abgesagt" without buttons, those who accepted or wait are told, no reminder
    /// goes out.
    public async Task<EventOutcome> CancelAsync(string id, string tenantId, string objectId, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } stored)
        {
            return new EventOutcome.NotFound();
        }

        if (!audience.MaySendTo(tenantId, objectId, stored.Event.Details.Region))
        {
            return Outside(tenantId, objectId);
        }

        var result = await store.ChangeAsync(id, ev => ev.State == EventState.Cancelled
            ? ((BroadcastEvent?)null, false)
            : (ev with { State = EventState.Cancelled, Version = ev.Version + 1 }, true), cancellationToken);
        if (result is not { Event: var cancelled, Result: true })
        {
            return result is null ? new EventOutcome.NotFound() : new EventOutcome.WasCancelled();
        }

        EventLog.Cancelled(logger, id);
        await cards.UpdateAsync(id, cancellationToken);
        await notices.CancelledAsync(cancelled, cancellationToken);
        await outbox.RecallAsync(EventNotices.ReminderId(cancelled), RecallMode.Delete, cancellationToken); // a reminder queued just before
        return new EventOutcome.Done(cancelled, null);
    }

    private EventOutcome.OutsideRegions Outside(string tenantId, string objectId) =>
        new(audience.EditorRegions(tenantId, objectId) ?? []);
}
