using KommunalBot.Bot.Features.Consult;

namespace KommunalBot.Bot.Tests.Features.Consult;

/// The SLA window counts business hours in Europe/Berlin (08:00-16:00 by default, weekdays, without the Land's public
/// holidays). Times below are Berlin wall-clock times; the expected UTC instants spell out the offset (CET +1, CEST +2).
public sealed class ConsultSlaTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static ConsultOptions Options(string state = "BY") => new() { HolidayState = state };

    [Theory]
    // Within one day: 08:00 + 8 h ends at 16:00 the same day, not the next morning.
    [InlineData("2026-11-23 08:00", "2026-11-23 16:00")]
    // Before opening: counting starts at 08:00.
    [InlineData("2026-11-23 06:00", "2026-11-23 16:00")]
    // After closing: counting starts the next morning.
    [InlineData("2026-11-23 18:30", "2026-11-24 16:00")]
    // Friday 14:00: 2 h on Friday, the weekend does not count, 6 h on Monday.
    [InlineData("2026-11-20 14:00", "2026-11-23 14:00")]
    // Made on a Saturday: the whole window falls on Monday.
    [InlineData("2026-11-21 11:00", "2026-11-23 16:00")]
    // Heilige Drei Könige (Wed 06.01.2027) is a holiday in Bavaria: Tuesday 4 h, Thursday 4 h.
    [InlineData("2027-01-05 12:00", "2027-01-07 12:00")]
    // Fronleichnam (Thu 27.05.2027) too: Wednesday 6 h, Friday 2 h.
    [InlineData("2027-05-26 10:00", "2027-05-28 10:00")]
    // Karfreitag and Ostermontag around the spring DST change (Sun 28.03.2027): Thursday 4 h, Tuesday 4 h.
    [InlineData("2027-03-25 12:00", "2027-03-30 12:00")]
    public void DueUtc_Normal_CountsOnlyBusinessHoursInBavaria(string created, string due)
    {
        Assert.Equal(Utc(due), ConsultSla.DueUtc(Utc(created), ConsultUrgency.Normal, Options()));
    }

    [Fact]
    public void DueUtc_EpiphanyInALandWithoutIt_IsAWorkday()
    {
        Assert.Equal(Utc("2027-01-06 12:00"), ConsultSla.DueUtc(Utc("2027-01-05 12:00"), ConsultUrgency.Normal, Options("NW")));
    }

    [Theory]
    // Spring: Friday 14:00 CET is 13:00 UTC; Monday 14:00 CEST is 12:00 UTC — 71 h of UTC, 8 business hours.
    [InlineData("2026-03-27 14:00", "2026-03-27T13:00:00Z", "2026-03-30T12:00:00Z")]
    // Autumn: Friday 14:00 CEST is 12:00 UTC; Monday 14:00 CET is 13:00 UTC — 73 h of UTC.
    [InlineData("2026-10-23 14:00", "2026-10-23T12:00:00Z", "2026-10-26T13:00:00Z")]
    public void DueUtc_AcrossTheDstChange_KeepsBerlinBusinessHours(string created, string createdUtc, string dueUtc)
    {
        Assert.Equal(DateTimeOffset.Parse(createdUtc, System.Globalization.CultureInfo.InvariantCulture), Utc(created));

        var due = ConsultSla.DueUtc(Utc(created), ConsultUrgency.Normal, Options());

        Assert.Equal(DateTimeOffset.Parse(dueUtc, System.Globalization.CultureInfo.InvariantCulture), due);
    }

    [Fact]
    public void DueUtc_Urgent_UsesTheShorterWindow_CarriedOverNight()
    {
        // 30 minutes on Monday, 90 on Tuesday.
        Assert.Equal(Utc("2026-11-24 09:30"), ConsultSla.DueUtc(Utc("2026-11-23 15:30"), ConsultUrgency.Dringend, Options()));
    }

    [Fact]
    public void DueUtc_ConfiguredWorkday_IsUsed()
    {
        var options = new ConsultOptions { WorkdayStart = TimeSpan.FromHours(9), WorkdayEnd = TimeSpan.FromHours(12), SlaWindow = TimeSpan.FromHours(4) };

        Assert.Equal(Utc("2026-11-24 10:00"), ConsultSla.DueUtc(Utc("2026-11-23 08:00"), ConsultUrgency.Normal, options));
    }

    [Theory]
    [InlineData("BY", true)]
    [InlineData("nw", true)]
    [InlineData("ALL", false)]
    [InlineData("XX", false)]
    [InlineData("3", false)]
    public void IsKnownState_AcceptsTheLaender(string state, bool known) => Assert.Equal(known, ConsultSla.IsKnownState(state));

    /// A Berlin wall-clock time as a UTC instant.
    private static DateTimeOffset Utc(string berlin)
    {
        var local = DateTime.ParseExact(berlin, "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, Berlin), TimeSpan.Zero);
    }
}
