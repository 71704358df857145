using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// The data of cards/broadcast-event-list.json (`veranstaltungen`): the upcoming events, soonest first.
internal sealed record EventListCardData : ICardData<EventListCardData>
{
    public static string CardName => "broadcast-event-list";
    public static JsonTypeInfo<EventListCardData> JsonType => EventCardJsonContext.Cards.EventListCardData;

    public required IReadOnlyList<EventListItem> Items { get; init; }
}
