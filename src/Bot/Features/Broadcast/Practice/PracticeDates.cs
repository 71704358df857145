using System.Globalization;

namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// Instants as users read them: TT.MM.JJJJ HH:mm in Europe/Berlin (stored in UTC).
internal static class PracticeDates
{
    public static string Local(DateTimeOffset utc) =>
        TimeZoneInfo.ConvertTime(utc, DigestSchedule.Berlin).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    public static int Year(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, DigestSchedule.Berlin).Year;
}
