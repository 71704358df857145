using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// The data of cards/broadcast-event-form.json: empty, or the editor's input again with an error under each field
/// that is not valid (<see cref="EventForm"/>). Values are text as the inputs hold them.
internal sealed record EventFormCardData : ICardData<EventFormCardData>
{
    public static string CardName => "broadcast-event-form";
    public static JsonTypeInfo<EventFormCardData> JsonType => EventCardJsonContext.Cards.EventFormCardData;

    /// Empty for a new event; the event's id when the form changes it ("Änderung speichern").
    public string EventId { get; init; } = string.Empty;

    public required string Title { get; init; }
    public required string Organiser { get; init; }
    public required string StartDate { get; init; }
    public required string StartTime { get; init; }
    public required string EndDate { get; init; }
    public required string EndTime { get; init; }
    public required string TimeZone { get; init; }
    public required string Place { get; init; }
    public required string OnlineUrl { get; init; }
    public required string Description { get; init; }
    public required string Capacity { get; init; }

    /// Comma-separated, the value of the multi-select.
    public required string Topics { get; init; }
    public required string Region { get; init; }
    public required string DeadlineDate { get; init; }
    public required string DeadlineTime { get; init; }

    public required IReadOnlyList<EventChoice> TimeZones { get; init; }
    public required IReadOnlyList<EventChoice> TopicChoices { get; init; }
    public required IReadOnlyList<EventChoice> RegionChoices { get; init; }

    public required bool HasErrors { get; init; }

    /// Field name (as in <see cref="EventInput"/>, camelCase) → what is wrong with it.
    public required EventFormErrors Errors { get; init; }
}
