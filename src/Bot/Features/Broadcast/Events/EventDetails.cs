using System.Text.Json.Serialization;

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// What an editor says about an event (the form or the admin API), checked by <see cref="EventInput"/>. Times are
/// stored in UTC with the IANA zone they were given in, so the card can show both and the .ics keeps the zone.
internal sealed record EventDetails
{
    public required string Title { get; init; }

    /// The organisation that runs it, e.g. "BayKommun" or "Initiative K".
    public required string Organiser { get; init; }

    public required DateTimeOffset StartUtc { get; init; }

    public required DateTimeOffset EndUtc { get; init; }

    /// IANA id, e.g. "Europe/Berlin".
    public required string TimeZone { get; init; }

    public string? Place { get; init; }

    public string? OnlineUrl { get; init; }

    public required string Description { get; init; }

    /// Null: no limit, nobody waits.
    public int? Capacity { get; init; }

    /// Empty: every topic.
    public required IReadOnlyList<string> Topics { get; init; }

    /// Null: every region.
    public string? Region { get; init; }

    /// Answers (but an Absage) are taken until then; null: until the start.
    public DateTimeOffset? DeadlineUtc { get; init; }

    /// Place and online link, as far as given ("Landratsamt Ebersberg, https://…").
    [JsonIgnore]
    public string Where => string.Join(", ", new[] { Place, OnlineUrl }.Where(w => !string.IsNullOrEmpty(w)));

    /// The last instant a Zusage or Vielleicht is taken.
    [JsonIgnore]
    public DateTimeOffset RegistrationEndsUtc => DeadlineUtc is { } deadline && deadline < StartUtc ? deadline : StartUtc;
}
