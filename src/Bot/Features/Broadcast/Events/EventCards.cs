using System.Globalization;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Resources;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// The invite card: the copy posted into every channel (counts, no personal answer), the copy one person sees
/// (with their answer), and keeping the posted copies in step through Delivery. The posted copy is German, the
/// product's first language: one content goes to channels of every locale.
internal sealed class EventCards(
    CardRenderer cards, Texts texts, EventStore store, IOutbox outbox, IOptionsMonitor<BroadcastOptions> options, TimeProvider timeProvider,
    ILogger<EventCards> logger)
{
    public const string Owner = "broadcast";

    /// Teams refreshes a card automatically for at most this many listed users (Universal Actions, `refresh.userIds`);
    /// in a channel of more members the others see their answer when they press a button or "Aktualisieren".
    public const int MaxRefreshUsers = 60;

    public static readonly CultureInfo Shared = Texts.CultureFor("de");

    public Texts Texts => texts;

    public DateTimeOffset Now => timeProvider.GetUtcNow();

    /// Any of the events' cards (the form, the list, the attendee list).
    public JsonObject RenderCard<T>(T data, CultureInfo culture) where T : ICardData<T> => cards.Render(data, culture);

    /// The card as <paramref name="viewer"/> sees it (null: the channel's copy).
    public JsonObject Render(BroadcastEvent ev, RsvpPerson? viewer, CultureInfo culture) => cards.Render(Data(ev, viewer, culture), culture);

    public EventCardData Data(BroadcastEvent ev, RsvpPerson? viewer, CultureInfo culture)
    {
        var details = ev.Details;
        var now = timeProvider.GetUtcNow();
        var baseUrl = options.CurrentValue.PublicBaseUrl.TrimEnd('/');
        var mine = viewer is null ? null : ev.RsvpOf(viewer.TenantId, viewer.ObjectId);
        return new EventCardData
        {
            EventId = ev.Id,
            Title = details.Title,
            Organiser = details.Organiser,
            When = EventTimes.BerlinRange(details),
            WhenLocal = EventTimes.OwnZoneRange(details),
            Place = details.Place,
            OnlineUrl = details.OnlineUrl,
            Description = details.Description,
            Capacity = details.Capacity?.ToString(CultureInfo.InvariantCulture),
            Accepted = Number(ev.Count(RsvpStatus.Accepted)),
            Maybe = Number(ev.Count(RsvpStatus.Maybe)),
            Waiting = Number(ev.Count(RsvpStatus.Waiting)),
            Deadline = details.DeadlineUtc is { } deadline ? EventTimes.Berlin(deadline) : null,
            CalendarUrl = baseUrl.Length == 0 ? null : $"{baseUrl}/events/{ev.Id}.ics",
            Cancelled = ev.State == EventState.Cancelled,
            Open = ev.State == EventState.Scheduled && now < details.StartUtc,
            RegistrationOpen = ev.State == EventState.Scheduled && now < details.RegistrationEndsUtc,
            Mine = mine is null ? null : Answer(ev, mine, culture),
            RefreshUserIds = [.. ev.Rsvps.OrderByDescending(r => r.Seq).Select(r => r.Person.UserId).Where(u => u.Length > 0).Distinct().Take(MaxRefreshUsers)],
        };
    }

    /// "Sie haben zugesagt." / "Sie stehen auf der Warteliste (Platz 3)."
    public string Answer(BroadcastEvent ev, EventRsvp rsvp, CultureInfo culture) => rsvp.Status switch
    {
        RsvpStatus.Waiting => string.Format(culture, texts.Get("broadcastEventMineWaiting", culture), ev.WaitingPlace(rsvp)),
        _ => texts.Get("broadcastEventMine" + rsvp.Status, culture),
    };

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// "Zusagen 12/30 · Vielleicht 3 · Warteliste 0".
    public string Counts(BroadcastEvent ev, CultureInfo culture)
    {
        var accepted = ev.Count(RsvpStatus.Accepted).ToString(CultureInfo.InvariantCulture);
        var places = ev.Details.Capacity is { } capacity ? $"{accepted}/{capacity.ToString(CultureInfo.InvariantCulture)}" : accepted;
        return $"{texts.Get("broadcastEventCountAccepted", culture)} {places} · {texts.Get("broadcastEventCountMaybe", culture)} {ev.Count(RsvpStatus.Maybe)}"
            + $" · {texts.Get("broadcastEventCountWaiting", culture)} {ev.Count(RsvpStatus.Waiting)}";
    }

    /// The channels' copy as a delivery, with the summary Teams shows in the activity feed.
    public DeliveryContent Invite(BroadcastEvent ev)
    {
        var message = MessageFactory.Card(Render(ev, null, Shared));
        message.Summary = string.Format(Shared, texts.Get(ev.State == EventState.Cancelled ? "broadcastEventCancelledSummary" : "broadcastEventSummary", Shared), ev.Details.Title);
        return new DeliveryContent(ev.ContentId, Owner, message);
    }

    /// Edits every posted copy to the event as stored. Reads it again after queueing the edit and edits once more when
    /// it changed meanwhile, so of 50 answers at once the last state is the one that stays on the cards.
    public async Task UpdateAsync(string id, CancellationToken cancellationToken)
    {
        for (var round = 0; round < 5 && await store.GetAsync(id, cancellationToken) is { } stored; round++)
        {
            if (stored.Event.SentUtc is null)
            {
                return; // only the preview exists: the send posts the event as it is then
            }

            if (await outbox.UpdateAsync(Invite(stored.Event), cancellationToken) is ChangeOutcome.Refused refused)
            {
                EventLog.CardRefused(logger, id, refused.Reason.ToString(), refused.Detail);
                return;
            }

            if (await store.GetAsync(id, cancellationToken) is not { } now || now.ETag == stored.ETag)
            {
                return;
            }
        }
    }
}
