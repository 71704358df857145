using System.Globalization;

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// How users read an event's times: TT.MM.JJJJ HH:mm in Europe/Berlin, and in the event's own zone when it differs.
internal static class EventTimes
{
    public static string Berlin(DateTimeOffset utc) => Format(utc, DigestSchedule.Berlin);

    /// "14.01.2027 10:00 – 12:00", or with the end's date when it ends on another day.
    public static string Range(EventDetails details, TimeZoneInfo zone)
    {
        var start = TimeZoneInfo.ConvertTime(details.StartUtc, zone);
        var end = TimeZoneInfo.ConvertTime(details.EndUtc, zone);
        var endText = end.Date == start.Date ? end.ToString("HH:mm", CultureInfo.InvariantCulture) : Format(details.EndUtc, zone);
        return $"{Format(details.StartUtc, zone)} – {endText}";
    }

    public static string BerlinRange(EventDetails details) => Range(details, DigestSchedule.Berlin);

    /// The range in the event's own zone with its id, when that zone is not Europe/Berlin's clock; else null.
    public static string? OwnZoneRange(EventDetails details)
    {
        var zone = EventInput.FindZone(details.TimeZone);
        if (zone is null || zone.Id == DigestSchedule.Berlin.Id
            || (zone.GetUtcOffset(details.StartUtc) == DigestSchedule.Berlin.GetUtcOffset(details.StartUtc)
                && zone.GetUtcOffset(details.EndUtc) == DigestSchedule.Berlin.GetUtcOffset(details.EndUtc)))
        {
            return null;
        }

        return $"{Range(details, zone)} ({zone.Id})";
    }

    private static string Format(DateTimeOffset utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(utc, zone).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
}
