using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// Zusage, Vielleicht or Absage on the invite (<see cref="RsvpAnswer"/> by name).
internal sealed record EventRsvpActionData : CardActionData, ICardAction<EventRsvpActionData>
{
    public static string Verb => "broadcast.event.rsvp";
    public static JsonTypeInfo<EventRsvpActionData> JsonType => EventCardJsonContext.Cards.EventRsvpActionData;

    public required string EventId { get; init; }
    public required RsvpAnswer Answer { get; init; }
}
