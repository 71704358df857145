using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// "Ja, absagen" in the confirmation step on the list of events (editors): cancels the event.
internal sealed record EventCancelActionData : CardActionData, ICardAction<EventCancelActionData>
{
    public static string Verb => "broadcast.event.cancel";
    public static JsonTypeInfo<EventCancelActionData> JsonType => EventCardJsonContext.Cards.EventCancelActionData;

    public required string EventId { get; init; }
}
