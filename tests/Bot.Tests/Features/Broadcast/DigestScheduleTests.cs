using KommunalBot.Bot.Features.Broadcast;
using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Tests.Features.Broadcast;

/// The digest schedule is Berlin wall-clock time: the same hour before and after a daylight-saving change.
public sealed class DigestScheduleTests
{
    [Theory]
    [InlineData("2026-10-21T12:00:00Z", "2026-10-26T08:00:00Z")] // before the change on 25.10.2026: Monday 09:00 CET
    [InlineData("2026-10-19T06:00:00Z", "2026-10-19T07:00:00Z")] // the Monday before it, still summer time: 09:00 CEST
    [InlineData("2027-03-24T12:00:00Z", "2027-03-29T07:00:00Z")] // after the change on 28.03.2027: Monday 09:00 CEST
    [InlineData("2027-03-22T08:00:00Z", "2027-03-29T07:00:00Z")] // strictly after: 08:00 UTC on the Monday before was its 09:00 CET
    public void Weekly_MondayNine_IsNineInBerlin(string after, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected), DigestSchedule.Next(Weekly(DayOfWeek.Monday, 9), DateTimeOffset.Parse(after)));

    [Theory]
    [InlineData("2027-03-02T00:00:00Z", "2027-04-01T07:00:00Z")] // 1 April 09:00 CEST
    [InlineData("2026-10-02T00:00:00Z", "2026-11-01T08:00:00Z")] // 1 November 09:00 CET
    public void Monthly_FirstAtNine_IsNineInBerlin(string after, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected), DigestSchedule.Next(Monthly(1, 9), DateTimeOffset.Parse(after)));

    [Fact]
    public void HourTwo_OnTheSpringChange_RunsAtThreeSummerTime_AndAWeekLaterAtTwo()
    {
        var subscription = Weekly(DayOfWeek.Sunday, 2);

        var first = DigestSchedule.Next(subscription, DateTimeOffset.Parse("2027-03-27T12:00:00Z"));
        var second = DigestSchedule.Next(subscription, first);

        Assert.Equal(DateTimeOffset.Parse("2027-03-28T01:00:00Z"), first); // 02:00 does not exist that night: 03:00 CEST
        Assert.Equal(DateTimeOffset.Parse("2027-04-04T00:00:00Z"), second); // 02:00 CEST
    }

    [Fact]
    public void HourTwo_OnTheAutumnChange_RunsOnce()
    {
        var subscription = Weekly(DayOfWeek.Sunday, 2);

        var first = DigestSchedule.Next(subscription, DateTimeOffset.Parse("2026-10-24T12:00:00Z"));
        var second = DigestSchedule.Next(subscription, first);

        Assert.Equal(DateTimeOffset.Parse("2026-10-25T00:00:00Z"), first); // 02:00 CEST, the first of the two
        Assert.Equal(DateTimeOffset.Parse("2026-11-01T01:00:00Z"), second); // not again at 02:00 CET an hour later
    }

    [Fact]
    public void IsDue_FromTheScheduledInstant_NotBefore()
    {
        var subscription = Weekly(DayOfWeek.Monday, 9) with { LastDigestUtc = DateTimeOffset.Parse("2027-03-24T12:00:00Z") };
        var due = DateTimeOffset.Parse("2027-03-29T07:00:00Z");

        Assert.False(DigestSchedule.IsDue(subscription, due.AddSeconds(-1)));
        Assert.True(DigestSchedule.IsDue(subscription, due));
        Assert.False(DigestSchedule.IsDue(subscription with { LastDigestUtc = due }, due.AddDays(6)));
    }

    [Fact]
    public void LatestDue_AfterAnOutage_IsTheLastMissedInstant_NotTheFirst()
    {
        var subscription = Weekly(DayOfWeek.Monday, 9) with { LastDigestUtc = DateTimeOffset.Parse("2027-03-01T12:00:00Z") };

        Assert.Equal(DateTimeOffset.Parse("2027-03-29T07:00:00Z"), DigestJob.LatestDue(subscription, DateTimeOffset.Parse("2027-03-30T00:00:00Z")));
    }

    internal static Subscription Weekly(DayOfWeek day, int hour) => new()
    {
        Reference = new ConversationReference
        {
            ServiceUrl = "https://smba.trafficmanager.net/emea/", ChannelId = "msteams", ConversationId = "19:c@thread.tacv2",
            ConversationType = "channel", TenantId = "t",
        },
        Topics = [],
        Kinds = [BroadcastKind.BestPractice],
        Frequency = DigestFrequency.Weekly,
        Day = day,
        Hour = hour,
        CreatedBy = "o",
        CreatedUtc = DateTimeOffset.Parse("2026-01-01T00:00:00Z"),
        LastDigestUtc = DateTimeOffset.Parse("2026-01-01T00:00:00Z"),
    };

    private static Subscription Monthly(int day, int hour) => Weekly(DayOfWeek.Monday, hour) with { Frequency = DigestFrequency.Monthly, DayOfMonth = day };
}
