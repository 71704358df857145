using System.Globalization;

namespace KommunalBot.Bot.Features.Delivery;

/// Times as editors and recipients read them: stored in UTC, shown in Europe/Berlin as TT.MM.JJJJ (HH:mm) in every
/// language, like the other dates the bot shows.
internal static class DeliveryDates
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static string Date(DateTimeOffset utc) => Local(utc).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset utc) => Local(utc).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    private static DateTimeOffset Local(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Berlin);
}
