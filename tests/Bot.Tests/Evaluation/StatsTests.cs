namespace KommunalBot.Bot.Tests.Evaluation;

public sealed class StatsTests
{
    [Theory]
    [InlineData(new double[] { 300, 100, 200 }, 200)]
    [InlineData(new double[] { 400, 100, 300, 200 }, 250)]
    [InlineData(new double[] { 7 }, 7)]
    public void Median_OddAndEvenCounts_IsTheMiddleOrTheMeanOfTheTwoMiddles(double[] values, double median)
    {
        Assert.Equal(median, Stats.Median(values));
    }

    [Fact]
    public void MedianAndPercentile_NoValues_AreNull()
    {
        Assert.Null(Stats.Median([]));
        Assert.Null(Stats.Percentile([], 0.95));
    }

    [Fact]
    public void Percentile_TwentyValues_IsTheNearestRank()
    {
        var values = Enumerable.Range(1, 20).Select(i => (double)i).Reverse();

        Assert.Equal(10, Stats.Percentile(values, 0.50));
        Assert.Equal(19, Stats.Percentile(values, 0.95));
        Assert.Equal(20, Stats.Percentile(values, 1.0));
    }
}
