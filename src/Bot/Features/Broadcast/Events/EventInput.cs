using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// An event as typed into the form ("Weiter zur Vorschau" on cards/broadcast-event-form.json sends exactly these
/// inputs) or sent to the admin API, all text (Input.Date gives `yyyy-MM-dd`, Input.Time `HH:mm`; times are wall-clock
/// in <see cref="TimeZone"/>). <see cref="Check"/> turns it into <see cref="EventDetails"/> or names every field that
/// is not valid, so the form comes back with the input kept.
internal sealed record EventInput : CardActionData, ICardAction<EventInput>
{
    public static string Verb => "broadcast.event.create";
    public static JsonTypeInfo<EventInput> JsonType => EventCardJsonContext.Cards.EventInput;

    public const string DefaultTimeZone = "Europe/Berlin";
    public const int MaxTitleLength = 200;
    public const int MaxOrganiserLength = 200;
    public const int MaxPlaceLength = 300;
    /// The card-field cap: longer card input is refused before any feature sees it (Access.TurnLimits).
    public const int MaxDescriptionLength = Access.TurnLimits.MaxCardFieldLength;

    // A hall or a video conference; beyond that the number is a typo.
    public const int MaxCapacity = 100_000;

    /// The zones the form offers (the admin API takes any IANA id): the German-speaking countries and UTC.
    public static readonly IReadOnlyList<string> FormTimeZones = [DefaultTimeZone, "Europe/Vienna", "Europe/Zurich", "Europe/London", "UTC"];

    /// The event a change is for; empty or null for a new event.
    public string? EventId { get; init; }

    public string? Title { get; init; }
    public string? Organiser { get; init; }
    public string? StartDate { get; init; }
    public string? StartTime { get; init; }

    /// Empty: the start date.
    public string? EndDate { get; init; }
    public string? EndTime { get; init; }
    public string? TimeZone { get; init; }
    public string? Place { get; init; }
    public string? OnlineUrl { get; init; }
    public string? Description { get; init; }

    /// Empty: no limit.
    public string? Capacity { get; init; }

    /// Comma-separated, as a multi-select choice set sends them.
    public string? Topics { get; init; }
    public string? Region { get; init; }
    public string? DeadlineDate { get; init; }

    /// Empty with a deadline date: the end of that day.
    public string? DeadlineTime { get; init; }

    public (EventDetails? Details, IReadOnlyList<EventFieldError> Errors) Check(DateTimeOffset nowUtc)
    {
        var errors = new List<EventFieldError>();
        var title = Required(Title, nameof(Title), MaxTitleLength, errors);
        var organiser = Required(Organiser, nameof(Organiser), MaxOrganiserLength, errors);
        var zoneId = Trim(TimeZone) ?? DefaultTimeZone;
        var zone = FindZone(zoneId);
        if (zone is null)
        {
            errors.Add(new(nameof(TimeZone), "broadcastEventErrorTimeZone", zoneId));
        }

        var start = Instant(StartDate, StartTime, zone, nameof(StartDate), errors);
        var end = Instant(Trim(EndDate) ?? StartDate, EndTime, zone, nameof(EndTime), errors);
        if (start is { } s && s <= nowUtc)
        {
            errors.Add(new(nameof(StartDate), "broadcastEventErrorPast"));
        }

        if (start is { } a && end is { } b && b <= a)
        {
            errors.Add(new(nameof(EndTime), "broadcastEventErrorEnd"));
        }

        var place = Optional(Place, nameof(Place), MaxPlaceLength, errors);
        var url = Trim(OnlineUrl);
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            errors.Add(new(nameof(OnlineUrl), "broadcastEventErrorUrl"));
        }

        if (place is null && url is null)
        {
            errors.Add(new(nameof(Place), "broadcastEventErrorWhere"));
        }

        var description = Optional(Description, nameof(Description), MaxDescriptionLength, errors) ?? string.Empty;
        int? capacity = null;
        if (Trim(Capacity) is { } text)
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxCapacity)
            {
                capacity = n;
            }
            else
            {
                errors.Add(new(nameof(Capacity), "broadcastEventErrorCapacity", MaxCapacity));
            }
        }

        if (!Regions.IsKnown(Region))
        {
            errors.Add(new(nameof(Region), "broadcastEventErrorRegion"));
        }

        DateTimeOffset? deadline = null;
        if (Trim(DeadlineDate) is not null)
        {
            deadline = Instant(DeadlineDate, Trim(DeadlineTime) ?? "23:59", zone, nameof(DeadlineDate), errors);
            if (deadline is { } d && start is { } s2 && d > s2)
            {
                errors.Add(new(nameof(DeadlineDate), "broadcastEventErrorDeadline"));
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new EventDetails
        {
            Title = title!,
            Organiser = organiser!,
            StartUtc = start!.Value,
            EndUtc = end!.Value,
            TimeZone = zone!.Id,
            Place = place,
            OnlineUrl = url,
            Description = description,
            Capacity = capacity,
            Topics = [.. (Topics ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase)],
            Region = Regions.Normalize(Region),
            DeadlineUtc = deadline,
        }, errors);
    }

    /// The input that shows <paramref name="details"/> again (the form of a change, a field error's retry).
    public static EventInput From(EventDetails details)
    {
        var zone = FindZone(details.TimeZone) ?? TimeZoneInfo.Utc;
        string Date(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string Time(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, zone).ToString("HH:mm", CultureInfo.InvariantCulture);
        return new EventInput
        {
            Title = details.Title,
            Organiser = details.Organiser,
            StartDate = Date(details.StartUtc),
            StartTime = Time(details.StartUtc),
            EndDate = Date(details.EndUtc),
            EndTime = Time(details.EndUtc),
            TimeZone = details.TimeZone,
            Place = details.Place,
            OnlineUrl = details.OnlineUrl,
            Description = details.Description,
            Capacity = details.Capacity?.ToString(CultureInfo.InvariantCulture),
            Topics = string.Join(',', details.Topics),
            Region = details.Region,
            DeadlineDate = details.DeadlineUtc is { } d ? Date(d) : null,
            DeadlineTime = details.DeadlineUtc is { } t ? Time(t) : null,
        };
    }

    public static TimeZoneInfo? FindZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId ? zone : null;

    /// The UTC instant of a wall-clock date and time in <paramref name="zone"/>; a time the clock skips (the hour
    /// summer time begins) is an error rather than a guess.
    private static DateTimeOffset? Instant(string? date, string? time, TimeZoneInfo? zone, string field, List<EventFieldError> errors)
    {
        if (!DateTime.TryParseExact(Trim(date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || !TimeSpan.TryParseExact(Trim(time), ["hh\\:mm", "hh\\:mm\\:ss"], CultureInfo.InvariantCulture, out var clock)
            || clock >= TimeSpan.FromDays(1))
        {
            errors.Add(new(field, "broadcastEventErrorDateTime"));
            return null;
        }

        if (zone is null)
        {
            return null;
        }

        var local = DateTime.SpecifyKind(day + clock, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            errors.Add(new(field, "broadcastEventErrorSkippedTime"));
            return null;
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    private static string? Required(string? value, string field, int max, List<EventFieldError> errors)
    {
        var text = Trim(value);
        if (text is null)
        {
            errors.Add(new(field, "broadcastEventErrorRequired"));
        }
        else if (text.Length > max)
        {
            errors.Add(new(field, "broadcastEventErrorTooLong", max, text.Length));
        }

        return text;
    }

    private static string? Optional(string? value, string field, int max, List<EventFieldError> errors)
    {
        var text = Trim(value);
        if (text is not null && text.Length > max)
        {
            errors.Add(new(field, "broadcastEventErrorTooLong", max, text.Length));
        }

        return text;
    }

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
