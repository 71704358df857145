using KommunalBot.Knowledge.Text;

namespace KommunalBot.Knowledge.Tests.Text;

public sealed class InputLimitsTests
{
    [Fact]
    public void Clip_ShortText_KeepsIt() =>
        Assert.Equal("Was kostet Wohngeld?", InputLimits.Clip("Was kostet Wohngeld?", 20));

    [Fact]
    public void Clip_WordAcrossTheLimit_CutsBeforeIt() =>
        Assert.Equal("Was kostet", InputLimits.Clip("Was kostet Wohngeld?", 15));

    [Fact]
    public void Clip_EndlessWord_CutsAtTheLimit() =>
        Assert.Equal("x " + new string('a', 98), InputLimits.Clip("x " + new string('a', 200), 100));

    [Fact]
    public void Clip_SurrogatePairAcrossTheLimit_DropsWholePair() =>
        Assert.Equal("ab", InputLimits.Clip("ab😀cd", 3));
}
