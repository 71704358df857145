using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// The data of cards/broadcast-event-attendees.json: who answered what (personal data: only for editors and the
/// event's organisers). Places first, then the waiting list in its order, then Vielleicht and Absage.
internal sealed record EventAttendeesCardData : ICardData<EventAttendeesCardData>
{
    public static string CardName => "broadcast-event-attendees";
    public static JsonTypeInfo<EventAttendeesCardData> JsonType => EventCardJsonContext.Cards.EventAttendeesCardData;

    public required string Title { get; init; }
    public required string When { get; init; }

    /// "Zusagen 12/30 · Vielleicht 3 · Warteliste 0".
    public required string Counts { get; init; }
    public required IReadOnlyList<EventAttendeeLine> Lines { get; init; }
}
