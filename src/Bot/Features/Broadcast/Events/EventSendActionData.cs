using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// "Senden" on the invite's preview (cards/broadcast-preview.json with this verb).
internal sealed record EventSendActionData : CardActionData, ICardAction<EventSendActionData>
{
    public static string Verb => "broadcast.event.send";
    public static JsonTypeInfo<EventSendActionData> JsonType => EventCardJsonContext.Cards.EventSendActionData;

    public required string Id { get; init; }
}
