using KommunalBot.Bot.Features.Delivery;

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// An event as the admin API shows it: the details, counts (no names: those are on `/attendees`), the audience when
/// it was just created or sent, and the invite's delivery report once sent.
internal sealed record EventView(
    string Id,
    EventDetails Details,
    EventState State,
    int Version,
    DateTimeOffset CreatedUtc,
    DateTimeOffset? SentUtc,
    int Accepted,
    int Maybe,
    int Waiting,
    int Declined,
    int? Channels,
    int? Organisations,
    DeliveryReport? Delivery)
{
    public static EventView Of(BroadcastEvent ev, AudiencePlan? plan, DeliveryReport? delivery) => new(
        ev.Id, ev.Details, ev.State, ev.Version, ev.CreatedUtc, ev.SentUtc,
        ev.Count(RsvpStatus.Accepted), ev.Count(RsvpStatus.Maybe), ev.Count(RsvpStatus.Waiting), ev.Count(RsvpStatus.Declined),
        plan?.Channels, plan?.Organisations, delivery);
}
