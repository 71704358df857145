using KommunalBot.Bot.Cards.Templating;

namespace KommunalBot.Bot.Tests.Cards;

public sealed class JsValueTests
{
    // Expected values printed by Node.js: String(x).
    [Theory]
    [InlineData(1.2345678901234568e20, "123456789012345680000")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(1e-6, "0.000001")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(9007199254740992d, "9007199254740992")]
    [InlineData(1e21, "1e+21")]
    [InlineData(-0d, "0")]
    [InlineData(100d, "100")]
    [InlineData(123.456, "123.456")]
    [InlineData(-1.5e300, "-1.5e+300")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1d / 3, "0.3333333333333333")]
    public void FormatNumber_Double_PrintsLikeJavaScript(double value, string expected)
    {
        Assert.Equal(expected, JsValue.FormatNumber(value));
    }
}
