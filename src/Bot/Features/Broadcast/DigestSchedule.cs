using System.Globalization;
using Cronos;

namespace KommunalBot.Bot.Features.Broadcast;

/// When a subscription's next digest is due: a pure function of the subscription and an instant. The schedule is
/// wall-clock time in Europe/Berlin ("Mondays 09:00"), so it stays at 09:00 across the change to and from summer time;
/// Cronos resolves the hour that a change skips or repeats (an hour 02 on the last Sunday of March runs at 03:00, one
/// in October once).
public static class DigestSchedule
{
    public static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// The first digest instant strictly after <paramref name="afterUtc"/>, in UTC.
    public static DateTimeOffset Next(Subscription subscription, DateTimeOffset afterUtc) =>
        Expression(subscription).GetNextOccurrence(afterUtc, Berlin)
        ?? throw new InvalidOperationException("A weekly or monthly schedule always has a next occurrence.");

    /// True when a digest was due at some instant in (<see cref="Subscription.LastDigestUtc"/>, <paramref name="nowUtc"/>].
    public static bool IsDue(Subscription subscription, DateTimeOffset nowUtc) => Next(subscription, subscription.LastDigestUtc) <= nowUtc;

    /// The cron expression: minute hour day-of-month month day-of-week.
    public static CronExpression Expression(Subscription subscription)
    {
        var hour = subscription.Hour.ToString(CultureInfo.InvariantCulture);
        var text = subscription.Frequency switch
        {
            DigestFrequency.Weekly => $"0 {hour} * * {(int)subscription.Day}",
            DigestFrequency.Monthly => $"0 {hour} {subscription.DayOfMonth.ToString(CultureInfo.InvariantCulture)} * *",
            _ => throw new ArgumentOutOfRangeException(nameof(subscription), subscription.Frequency, "Unknown digest frequency."),
        };
        return CronExpression.Parse(text);
    }
}
