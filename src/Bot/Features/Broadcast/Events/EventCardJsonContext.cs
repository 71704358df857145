using System.Text.Json.Serialization;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// The events' cards and button payloads, with the cards' options (<see cref="CardJson"/>).
[JsonSerializable(typeof(EventCardData))]
[JsonSerializable(typeof(EventFormCardData))]
[JsonSerializable(typeof(EventListCardData))]
[JsonSerializable(typeof(EventAttendeesCardData))]
[JsonSerializable(typeof(EventRsvpActionData))]
[JsonSerializable(typeof(EventRefreshActionData))]
[JsonSerializable(typeof(EventSendActionData))]
[JsonSerializable(typeof(EventAttendeesActionData))]
[JsonSerializable(typeof(EventCancelActionData))]
[JsonSerializable(typeof(EventEditActionData))]
[JsonSerializable(typeof(EventInput))]
internal sealed partial class EventCardJsonContext : JsonSerializerContext
{
    public static EventCardJsonContext Cards { get; } = new(CardJson.Options());
}
