using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Features.Access;
using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// `veranstaltungen`: the upcoming events; editors and an event's organisers get its attendee list, which holds
/// personal data and is therefore shown only in their 1:1 chat with the bot.
internal sealed partial class EventHandlers
{
    // A list card stays readable and small; more events than this are rarely announced at once.
    private const int MaxListed = 10;

    private async Task ListAsync(TurnContext turn)
    {
        var now = cards.Now;
        var mayPublish = MayPublish(turn);
        var upcoming = new List<BroadcastEvent>();
        await foreach (var stored in store.ListAsync(turn.CancellationToken))
        {
            if (stored.Event is { SentUtc: not null } ev && ev.Details.EndUtc > now)
            {
                upcoming.Add(ev);
            }
        }

        if (upcoming.Count == 0)
        {
            await turn.ReplyWithTextAsync(replies.Text("broadcastEventListEmpty", turn.Culture));
            return;
        }

        var items = upcoming.OrderBy(e => e.Details.StartUtc).Take(MaxListed).Select(ev => new EventListItem(
            ev.Id, ev.Details.Title, ev.Details.Organiser, EventTimes.BerlinRange(ev.Details),
            ev.Details.Where,
            cards.Counts(ev, turn.Culture), ev.State == EventState.Cancelled, mayPublish || ev.IsOrganiser(ObjectId(turn)),
            mayPublish && ev.State != EventState.Cancelled && audience.MaySendTo(turn.TenantId, ObjectId(turn), ev.Details.Region)));
        await turn.ReplyWithCardAsync(cards.RenderCard(new EventListCardData { Items = [.. items] }, turn.Culture));
    }

    private async Task<InvokeResponse?> AttendeesAsync(TurnContext turn, CardAction action)
    {
        if (CardActionData.Read<EventAttendeesActionData>(action) is not { } data
            || await store.GetAsync(data.EventId, turn.CancellationToken) is not { } stored)
        {
            return await replies.RefuseAsync(turn, action, "actionUnavailable");
        }

        var ev = stored.Event;
        if (!MayPublish(turn) && !ev.IsOrganiser(ObjectId(turn)))
        {
            return await replies.RefuseAsync(turn, action, "broadcastEventAttendeesNotAllowed");
        }

        if (!turn.Activity.IsPersonal())
        {
            return await replies.RefuseAsync(turn, action, "broadcastEventAttendeesPersonalOnly");
        }

        return await replies.ShowInPlaceAsync(turn, action, Attendees(ev, turn));
    }

    /// "Ja, absagen": the presser must be an editor who may send to the event's region; every posted card then shows
    /// "Abgesagt", those who accepted or wait are told, and no reminder goes out.
    private async Task<InvokeResponse?> CancelAsync(TurnContext turn, CardAction action)
    {
        if (CardActionData.Read<EventCancelActionData>(action) is not { } data)
        {
            return await replies.RefuseAsync(turn, action, "actionUnavailable");
        }

        if (!MayPublish(turn))
        {
            return await replies.RefuseAsync(turn, action, "broadcastEventNotAllowed");
        }

        return await service.CancelAsync(data.EventId, turn.TenantId, ObjectId(turn), turn.CancellationToken) switch
        {
            EventOutcome.Done done => await replies.RefuseAsync(turn, action, "broadcastEventCancelDone", done.Event.Details.Title),
            EventOutcome.WasCancelled => await replies.RefuseAsync(turn, action, "broadcastEventCancelAlready"),
            EventOutcome.OutsideRegions outside => await replies.RefuseAsync(turn, action, "broadcastOutsideRegions", string.Join(", ", outside.EditorRegions)),
            _ => await replies.RefuseAsync(turn, action, "actionUnavailable"),
        };
    }

    /// "Ändern": the event's form, filled in; "Änderung speichern" sends it back with the event's id.
    private async Task<InvokeResponse?> EditAsync(TurnContext turn, CardAction action)
    {
        if (CardActionData.Read<EventEditActionData>(action) is not { } data
            || await store.GetAsync(data.EventId, turn.CancellationToken) is not { } stored)
        {
            return await replies.RefuseAsync(turn, action, "actionUnavailable");
        }

        var ev = stored.Event;
        if (!MayPublish(turn))
        {
            return await replies.RefuseAsync(turn, action, "broadcastEventNotAllowed");
        }

        if (ev.State == EventState.Cancelled)
        {
            return await replies.RefuseAsync(turn, action, "broadcastEventCancelAlready");
        }

        if (audience.EditorRegions(turn.TenantId, ObjectId(turn)) is { } limits && !audience.MaySendTo(turn.TenantId, ObjectId(turn), ev.Details.Region))
        {
            return await replies.RefuseAsync(turn, action, "broadcastOutsideRegions", string.Join(", ", limits));
        }

        return await replies.ShowInPlaceAsync(turn, action, form.Show(EventInput.From(ev.Details) with { EventId = ev.Id }, [], turn.Culture));
    }

    private EventAttendeesCardData Attendees(BroadcastEvent ev, TurnContext turn)
    {
        var order = new[] { RsvpStatus.Accepted, RsvpStatus.Waiting, RsvpStatus.Maybe, RsvpStatus.Declined };
        var lines = ev.Rsvps.OrderBy(r => Array.IndexOf(order, r.Status)).ThenBy(r => r.Seq).Select(r => new EventAttendeeLine(
            r.Person.Name,
            access.Tenant(r.Person.TenantId)?.Organisation ?? string.Empty,
            r.Status == RsvpStatus.Waiting
                ? replies.Text("broadcastEventStatusWaiting", turn.Culture, ev.WaitingPlace(r))
                : replies.Text("broadcastEventStatus" + r.Status, turn.Culture)));
        return new EventAttendeesCardData
        {
            Title = ev.Details.Title,
            When = EventTimes.BerlinRange(ev.Details),
            Counts = cards.Counts(ev, turn.Culture),
            Lines = [.. lines],
        };
    }
}
