using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Tests.Storage;

public sealed class DocumentKeyTests
{
    [Theory]
    [InlineData("", null)]
    [InlineData("a", "b")]
    [InlineData("consult/", "consult0")]
    [InlineData("a\U0010FFFF", "b")]
    [InlineData("\U0010FFFF", null)]
    [InlineData("x\uD7FF", "x\uE000")]
    [InlineData("x\uFFFF", "x\U00010000")]
    public void UpperBound_Prefix_IsSmallestStringAfterAllExtensions(string prefix, string? expected)
    {
        Assert.Equal(expected, DocumentKey.UpperBound(prefix));
    }

    [Fact]
    public void Validate_LoneSurrogate_Throws()
    {
        Assert.Throws<ArgumentException>(() => DocumentKey.Validate("broken\uD800"));
    }
}
