using PublicHoliday;

namespace KommunalBot.Bot.Features.Consult;

/// When a request must have been taken: its SLA window counted in business hours — Europe/Berlin wall-clock time
/// between <see cref="ConsultOptions.WorkdayStart"/> and <see cref="ConsultOptions.WorkdayEnd"/>, Monday to Friday,
/// without the public holidays of <see cref="ConsultOptions.HolidayState"/> (PublicHoliday's German calendar). Time
/// outside business hours does not count: a request made on Friday evening starts counting on Monday morning.
/// Pure (STYLE habit 10). DST changes fall on Sundays, never inside business hours, so wall-clock arithmetic within a
/// workday is exact and the conversion back to UTC is unambiguous.
internal static class ConsultSla
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static DateTimeOffset DueUtc(DateTimeOffset createdUtc, ConsultUrgency urgency, ConsultOptions options) =>
        AddBusinessTime(createdUtc, urgency == ConsultUrgency.Dringend ? options.UrgentSlaWindow : options.SlaWindow, options);

    /// <paramref name="startUtc"/> plus <paramref name="window"/> of business hours.
    public static DateTimeOffset AddBusinessTime(DateTimeOffset startUtc, TimeSpan window, ConsultOptions options)
    {
        var holidays = Holidays(options.HolidayState);
        var local = TimeZoneInfo.ConvertTime(startUtc, Berlin).DateTime;
        var (day, from, remaining) = (local.Date, local.TimeOfDay, window);
        while (true)
        {
            var open = from > options.WorkdayStart ? from : options.WorkdayStart;
            if (open < options.WorkdayEnd && IsWorkday(day, holidays))
            {
                var available = options.WorkdayEnd - open;
                if (remaining <= available)
                {
                    var due = DateTime.SpecifyKind(day + open + remaining, DateTimeKind.Unspecified);
                    return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(due, Berlin), TimeSpan.Zero);
                }

                remaining -= available;
            }

            (day, from) = (day.AddDays(1), TimeSpan.Zero);
        }
    }

    /// True for a Land code (two letters, e.g. BY) whose holidays PublicHoliday knows.
    public static bool IsKnownState(string state) =>
        state.Length == 2 && state.All(char.IsAsciiLetter)
        && Enum.TryParse<GermanPublicHoliday.States>(state, ignoreCase: true, out var parsed) && parsed != GermanPublicHoliday.States.ALL;

    private static GermanPublicHoliday Holidays(string state) =>
        new() { State = Enum.Parse<GermanPublicHoliday.States>(state, ignoreCase: true) };

    private static bool IsWorkday(DateTime day, GermanPublicHoliday holidays) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.IsPublicHoliday(day);
}
