using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// "Ändern" on the list of events (editors): the event's form, filled in, whose "Änderung speichern" changes it.
internal sealed record EventEditActionData : CardActionData, ICardAction<EventEditActionData>
{
    public static string Verb => "broadcast.event.edit";
    public static JsonTypeInfo<EventEditActionData> JsonType => EventCardJsonContext.Cards.EventEditActionData;

    public required string EventId { get; init; }
}
