using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// "Teilnehmerliste" on the list of events (editors and the event's organisers).
internal sealed record EventAttendeesActionData : CardActionData, ICardAction<EventAttendeesActionData>
{
    public static string Verb => "broadcast.event.attendees";
    public static JsonTypeInfo<EventAttendeesActionData> JsonType => EventCardJsonContext.Cards.EventAttendeesActionData;

    public required string EventId { get; init; }
}
