using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// The event as an RFC 5545 calendar file (`GET /events/{id}.ics`): one VEVENT with the times in the event's own zone
/// and a VTIMEZONE that defines it. No personal data: anyone with the link may read it. SEQUENCE is the event's
/// version, so a calendar that imported an older file takes the change (or the cancellation) on the next import.
internal static class EventCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    private const string ProductId = "-//BayKommun//KommunalBot//DE";

    public static string Write(BroadcastEvent ev, DateTimeOffset stampUtc)
    {
        var details = ev.Details;
        var zone = EventInput.FindZone(details.TimeZone) ?? DigestSchedule.Berlin;
        var calendar = new Calendar { ProductId = ProductId };
        // The plain VTimeZone(id) constructor writes an empty VTIMEZONE; this one carries the zone's STANDARD and
        // DAYLIGHT rules from the year before the event on, which is all a calendar needs to place it.
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zone.Id, details.StartUtc.UtcDateTime.AddYears(-1), includeHistoricalData: false));
        var vevent = new CalendarEvent
        {
            Uid = $"{ev.Id}@kommunalbot",
            DtStamp = new CalDateTime(stampUtc.UtcDateTime, CalDateTime.UtcTzId),
            DtStart = Local(details.StartUtc, zone),
            DtEnd = Local(details.EndUtc, zone),
            Summary = details.Title,
            Description = details.Description.Length > 0 ? details.Description : null,
            Location = details.Place ?? details.OnlineUrl,
            Url = details.OnlineUrl is { } url ? new Uri(url) : null,
            Sequence = ev.Version,
            Status = ev.State == EventState.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        calendar.Events.Add(vevent);
        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    private static CalDateTime Local(DateTimeOffset utc, TimeZoneInfo zone) =>
        new(DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(utc, zone).DateTime, DateTimeKind.Unspecified), zone.Id, hasTime: true);
}
