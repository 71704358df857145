using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Tests.Protocol;

public sealed class LogValueTests
{
    [Theory]
    [InlineData("19:abc@thread.tacv2", "19:abc@thread.tacv2")]
    [InlineData("a\nFORGED", "a\\u000aFORGED")]
    [InlineData("\u001b[31mred", "\\u001b[31mred")]
    [InlineData(null, "")]
    public void Clean_EscapesControlCharacters(string? value, string expected) => Assert.Equal(expected, LogValue.Clean(value));

    [Fact]
    public void Clean_CutsLongValuesAndSaysHowLongTheyWere()
    {
        var cleaned = LogValue.Clean(new string('x', 200_000));

        Assert.True(cleaned.Length < 200);
        Assert.EndsWith("(200000 chars)", cleaned);
    }
}
