using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// The data of cards/broadcast-event.json: the invite as the channel sees it (<see cref="Mine"/> null), or as one
/// person sees it after pressing a button or through the card's refresh (with their answer).
internal sealed record EventCardData : ICardData<EventCardData>
{
    public static string CardName => "broadcast-event";
    public static JsonTypeInfo<EventCardData> JsonType => EventCardJsonContext.Cards.EventCardData;

    public required string EventId { get; init; }
    public required string Title { get; init; }
    public required string Organiser { get; init; }

    /// TT.MM.JJJJ HH:mm – HH:mm, Europe/Berlin.
    public required string When { get; init; }

    /// The same in the event's own zone, with its id, when that is not Europe/Berlin; else null.
    public required string? WhenLocal { get; init; }
    public required string? Place { get; init; }
    public required string? OnlineUrl { get; init; }
    public required string Description { get; init; }

    /// Null: no limit. The numbers are text, as TextBlocks and facts take them.
    public required string? Capacity { get; init; }
    public required string Accepted { get; init; }
    public required string Maybe { get; init; }
    public required string Waiting { get; init; }

    /// TT.MM.JJJJ HH:mm, Europe/Berlin; null without a deadline.
    public required string? Deadline { get; init; }

    /// `{Broadcast:PublicBaseUrl}/events/{id}.ics`; null when no public address is configured.
    public required string? CalendarUrl { get; init; }
    public required bool Cancelled { get; init; }

    /// The RSVP buttons are shown (scheduled and not begun); Zusage and Vielleicht only while <see cref="RegistrationOpen"/>.
    public required bool Open { get; init; }
    public required bool RegistrationOpen { get; init; }

    /// The viewer's answer ("Sie haben zugesagt."); null on the channel's copy.
    public required string? Mine { get; init; }

    /// Teams user ids whose Teams fetches their own view automatically (those who answered, at most 60).
    public required IReadOnlyList<string> RefreshUserIds { get; init; }
}
