using KommunalBot.Knowledge.Text;

namespace KommunalBot.Knowledge.Tests.Text;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("wohngeld", "wohngeld", 0)]
    [InlineData("wohngeld", "wohngled", 1)] // transposition
    [InlineData("wohngeld", "wohngel", 1)]
    [InlineData("wohngeld", "wohnheld", 1)]
    [InlineData("einburger", "einbuergr", 2)]
    public void Compute_KnownPairs_ReturnsDistance(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Compute(a, b, 2));

    [Fact]
    public void Compute_BeyondMax_ReturnsMaxPlusOne() => Assert.Equal(2, EditDistance.Compute("antrag", "zulassung", 1));

    [Theory]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(8, 1)]
    [InlineData(9, 2)]
    public void AllowedTypos_ByLength_FollowsRule(int length, int typos) => Assert.Equal(typos, EditDistance.AllowedTypos(length));
}
