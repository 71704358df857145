using KommunalBot.Bot.Features.Broadcast;

namespace KommunalBot.Bot.Tests.Features.Broadcast;

public sealed class RegionsTests
{
    [Theory]
    [InlineData("Nordrhein-Westfalen", "NRW")]
    [InlineData("oberbayern", "Oberbayern")]
    [InlineData(" Bayern ", "Bayern")]
    [InlineData("alle", null)]
    [InlineData("", null)]
    [InlineData("Atlantis", null)]
    public void Normalize_AliasesAndCase_GiveTheCanonicalName(string region, string? expected) => Assert.Equal(expected, Regions.Normalize(region));

    [Theory]
    [InlineData("alle", true)]
    [InlineData(null, true)]
    [InlineData("Köln", true)]
    [InlineData("Atlantis", false)]
    public void IsKnown(string? region, bool expected) => Assert.Equal(expected, Regions.IsKnown(region));

    [Theory]
    [InlineData("Bayern", "Oberbayern", true)]
    [InlineData("Oberbayern", "Bayern", false)]
    [InlineData("NRW", "Köln", true)]
    [InlineData("Bayern", "Köln", false)]
    [InlineData(null, "Köln", true)]
    [InlineData("Bayern", null, false)]
    public void Contains_ALandContainsItsBezirke(string? outer, string? inner, bool expected) => Assert.Equal(expected, Regions.Contains(outer, inner));

    [Theory]
    [InlineData("Oberbayern", "Bayern", true)] // a Bavaria-wide item reaches an Oberbayern channel
    [InlineData("Bayern", "Schwaben", true)] // and a Schwaben item a Bavarian channel
    [InlineData("Oberbayern", "Schwaben", false)]
    [InlineData("Oberbayern", null, true)] // an item for every region
    [InlineData(null, "NRW", true)] // a channel for every region
    [InlineData("Bayern", "NRW", false)]
    public void Overlap(string? subscription, string? item, bool expected) => Assert.Equal(expected, Regions.Overlap(subscription, item));

    [Fact]
    public void LandOf_ABezirk_IsItsLand() =>
        Assert.Equal(("Bayern", "NRW", "Hamburg", null), (Regions.LandOf("Mittelfranken"), Regions.LandOf("Detmold"), Regions.LandOf("Hamburg"), Regions.LandOf("Atlantis")));

    [Fact]
    public void All_HasTheSixteenLaenderFirst() =>
        Assert.Equal(16, Regions.All.TakeWhile(r => Regions.LandOf(r) == r).Count());
}
