using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Resources;

namespace KommunalBot.Bot.Tests.Features.Delivery;

/// How the cards put a report into words: the counts that matter, durations an editor reads at a glance.
public sealed class DeliveryCardsTests
{
    private static readonly Texts Texts = new();
    private readonly DeliveryCards cards = new(Texts);

    [Theory]
    [InlineData(0.4, "0 Sek.")]
    [InlineData(45, "45 Sek.")]
    [InlineData(252, "4 Min. 12 Sek.")]
    [InlineData(3600, "1 Std.")]
    [InlineData(7_512, "2 Std. 5 Min.")]
    [InlineData(266_400, "3 Tg. 2 Std.")]
    public void Duration_ShowsTheTwoLargestUnits(double seconds, string expected)
    {
        Assert.Equal(expected, cards.Duration(TimeSpan.FromSeconds(seconds), Texts.German));
    }

    [Fact]
    public void CountsLine_LeavesOutWhatIsZero_AndGroupsThousands()
    {
        var report = Report(total: 1_250, delivered: 1_240, pending: 0, failed: 10, unknown: 0);

        Assert.Equal("zugestellt 1.240 von 1.250 · fehlgeschlagen 10", cards.CountsLine(report, Texts.German));
        Assert.Equal("delivered 1,240 of 1,250 · failed 10", cards.CountsLine(report, Texts.English));
    }

    [Fact]
    public void Report_ShowsRecipientsAndDeliveredAlwaysAndTheOtherStatesWhenTheyOccur()
    {
        var data = cards.Report(Report(total: 3, delivered: 0, pending: 2, failed: 0, unknown: 1), Texts.German);

        Assert.Equal(["Empfänger", "Zugestellt", "Ausstehend", "Unbekannt"], data.Counts.Select(c => c.Title));
        Assert.Null(data.Duration);
    }

    private static DeliveryReport Report(int total, int delivered, int pending, int failed, int unknown) => new(
        "broadcast-digest-2027-03", "broadcast", "Digest März", DateTimeOffset.UnixEpoch, null,
        total, delivered, pending, failed, total - delivered - pending - failed - unknown, unknown, false, 1,
        failed > 0 ? [new FailureCount("400 BadArgument", failed)] : []);
}
