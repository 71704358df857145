using System.Globalization;
using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Features.Access;
using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// Events in Teams: `veranstaltung` (editors: the form, then the preview, then "Senden"), the invite's RSVP buttons
/// and refresh. The role of whoever pressed is checked on every button; the card's data is never trusted for it.
internal sealed partial class EventHandlers(
    EventService service, EventStore store, EventCards cards, EventForm form, BroadcastReplies replies, BroadcastAudience audience, AccessPolicy access)
    : IBotFeature
{
    public void Register(BotRoutes routes) => routes
        .OnCommand(NewAsync, "veranstaltung", "event")
        .OnCommand(ListAsync, "veranstaltungen", "events")
        .OnCardAction(EventInput.Verb, CreateAsync)
        .OnCardAction(EventSendActionData.Verb, SendAsync)
        .OnCardAction(EventRsvpActionData.Verb, AnswerAsync)
        .OnCardAction(EventRefreshActionData.Verb, RefreshAsync)
        .OnCardAction(EventAttendeesActionData.Verb, AttendeesAsync)
        .OnCardAction(EventCancelActionData.Verb, CancelAsync)
        .OnCardAction(EventEditActionData.Verb, EditAsync);

    private async Task NewAsync(TurnContext turn)
    {
        if (!MayPublish(turn))
        {
            await turn.ReplyWithTextAsync(replies.Text("broadcastEventNotAllowed", turn.Culture));
            return;
        }

        await turn.ReplyWithCardAsync(cards.RenderCard(form.Empty(turn.Culture), turn.Culture));
    }

    /// The form's input: back with the errors, or stored (not sent) and shown as the send's preview.
    private async Task<InvokeResponse?> CreateAsync(TurnContext turn, CardAction action)
    {
        if (CardActionData.Read<EventInput>(action) is not { } input)
        {
            return await replies.RefuseAsync(turn, action, "actionUnavailable");
        }

        if (!MayPublish(turn))
        {
            return await replies.RefuseAsync(turn, action, "broadcastEventNotAllowed");
        }

        var (details, errors) = input.Check(cards.Now);
        if (details is null)
        {
            return await replies.ShowInPlaceAsync(turn, action, form.Show(input, errors, turn.Culture));
        }

        if (!string.IsNullOrEmpty(input.EventId))
        {
            return await service.ChangeAsync(input.EventId, details, turn.TenantId, ObjectId(turn), turn.CancellationToken) switch
            {
                EventOutcome.Done done => await replies.RefuseAsync(turn, action, "broadcastEventChangeDone", done.Event.Details.Title),
                EventOutcome.WasCancelled => await replies.RefuseAsync(turn, action, "broadcastEventCancelAlready"),
                EventOutcome.OutsideRegions outside => await replies.RefuseAsync(turn, action, "broadcastOutsideRegions", string.Join(", ", outside.EditorRegions)),
                _ => await replies.RefuseAsync(turn, action, "actionUnavailable"),
            };
        }

        return await service.CreateAsync(details, [], turn.TenantId, ObjectId(turn), turn.CancellationToken) switch
        {
            EventOutcome.Done { Plan: { } plan } done => await replies.ShowInPlaceAsync(turn, action, Preview(done.Event, plan, turn.Culture)),
            EventOutcome.OutsideRegions outside => await replies.RefuseAsync(turn, action, "broadcastOutsideRegions", string.Join(", ", outside.EditorRegions)),
            _ => await replies.RefuseAsync(turn, action, "actionUnavailable"),
        };
    }

    /// "Senden" on the preview: the presser must be an editor, and the audience is resolved again.
    private async Task<InvokeResponse?> SendAsync(TurnContext turn, CardAction action)
    {
        if (CardActionData.Read<EventSendActionData>(action) is not { } data)
        {
            return await replies.RefuseAsync(turn, action, "actionUnavailable");
        }

        if (!MayPublish(turn))
        {
            return await replies.RefuseAsync(turn, action, "broadcastEventNotAllowed");
        }

        switch (await service.SendAsync(data.Id, turn.TenantId, ObjectId(turn), turn.CancellationToken))
        {
            case EventOutcome.Done { Plan: { } plan } done:
                var notice = replies.Text("broadcastEventSent", turn.Culture, plan.Channels, plan.Organisations);
                return await replies.ShowInPlaceAsync(turn, action, BroadcastReplies.Closed(Preview(done.Event, plan, turn.Culture), notice, good: true));
            case EventOutcome.WasCancelled:
                return await replies.RefuseAsync(turn, action, "broadcastEventSendCancelled");
            case EventOutcome.OutsideRegions outside:
                return await replies.RefuseAsync(turn, action, "broadcastOutsideRegions", string.Join(", ", outside.EditorRegions));
            default:
                return await replies.RefuseAsync(turn, action, "actionUnavailable");
        }
    }

    /// Zusage, Vielleicht, Absage. The presser gets the card with their answer; everyone's copy gets the new counts
    /// through Delivery. An Action.Submit (older clients) cannot show one person their own card, so they get a line.
    private async Task<InvokeResponse?> AnswerAsync(TurnContext turn, CardAction action)
    {
        if (CardActionData.Read<EventRsvpActionData>(action) is not { } data || !Enum.IsDefined(data.Answer) || Person(turn) is not { } person)
        {
            return await replies.RefuseAsync(turn, action, "actionUnavailable");
        }

        var answered = await service.AnswerAsync(data.EventId, person, data.Answer, turn.CancellationToken);
        if (answered is not ({ } ev, var outcome))
        {
            return await replies.RefuseAsync(turn, action, "actionUnavailable");
        }

        if (outcome is RsvpOutcome.Refused refused)
        {
            return await replies.RefuseAsync(turn, action, "broadcastEventRefused" + refused.Reason);
        }

        if (action.IsInvoke)
        {
            return InvokeResponse.Card(cards.Render(ev, person, turn.Culture));
        }

        await turn.ReplyWithTextAsync(cards.Answer(ev, ((RsvpOutcome.Recorded)outcome).Mine, turn.Culture));
        return null;
    }

    /// The card's refresh: the viewer's own view (their answer), or the channel's copy for someone who has not answered.
    private async Task<InvokeResponse?> RefreshAsync(TurnContext turn, CardAction action)
    {
        if (CardActionData.Read<EventRefreshActionData>(action) is not { } data
            || await store.GetAsync(data.EventId, turn.CancellationToken) is not { } stored)
        {
            return await replies.RefuseAsync(turn, action, "actionUnavailable");
        }

        return action.IsInvoke ? InvokeResponse.Card(cards.Render(stored.Event, Person(turn), turn.Culture)) : null;
    }

    private bool MayPublish(TurnContext turn) => access.May(turn.TenantId, ObjectId(turn), Permission.Publish);

    private static string ObjectId(TurnContext turn) => turn.Activity.From?.AadObjectId ?? string.Empty;

    private static RsvpPerson? Person(TurnContext turn) =>
        turn.Activity.From is { AadObjectId: { Length: > 0 } objectId } from && turn.TenantId.Length > 0
            ? new RsvpPerson(turn.TenantId, objectId, from.Id ?? string.Empty, from.Name ?? string.Empty)
            : null;

    private BroadcastPreviewCardData Preview(BroadcastEvent ev, AudiencePlan plan, CultureInfo culture)
    {
        var details = ev.Details;
        string T(string key) => replies.Text(key, culture);
        var facts = new List<BroadcastFact>
        {
            new(T("broadcastEventFactOrganiser"), details.Organiser),
            new(T("broadcastEventFactWhen"), EventTimes.BerlinRange(details)),
        };
        if (EventTimes.OwnZoneRange(details) is { } local)
        {
            facts.Add(new(T("broadcastEventFactLocalTime"), local));
        }

        facts.Add(new(T("broadcastEventFactWhere"), details.Where));
        facts.Add(new(T("broadcastEventFactCapacity"), details.Capacity?.ToString(CultureInfo.InvariantCulture) ?? T("broadcastEventUnlimited")));
        if (details.DeadlineUtc is { } deadline)
        {
            facts.Add(new(T("broadcastEventFactDeadline"), EventTimes.Berlin(deadline)));
        }

        facts.Add(new(T("broadcastEventFactTopics"), details.Topics.Count == 0 ? T("broadcastEventAllTopics") : string.Join(", ", details.Topics)));
        facts.Add(new(T("broadcastEventFactRegion"), details.Region ?? T("broadcastEventAllRegions")));
        return replies.Preview(replies.Text("broadcastEventSummary", culture, details.Title), facts, plan, EventSendActionData.Verb, ev.Id, culture);
    }
}
