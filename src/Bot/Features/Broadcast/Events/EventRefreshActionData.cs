using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// The invite's refresh: Teams asks for the viewer's own view (automatically for the listed users).
internal sealed record EventRefreshActionData : CardActionData, ICardAction<EventRefreshActionData>
{
    public static string Verb => "broadcast.event.refresh";
    public static JsonTypeInfo<EventRefreshActionData> JsonType => EventCardJsonContext.Cards.EventRefreshActionData;

    public required string EventId { get; init; }
}
