using KommunalBot.Bot.Features.Delivery;

namespace KommunalBot.Bot.Tests.Features.Delivery;

/// The rate-limit settings (`Delivery:ConversationLimits`, `Delivery:TenantLimits`) in channel-sim's notation.
public sealed class RateLimitTests
{
    [Fact]
    public void ParseList_TeamsDefaults_AllFourWindows()
    {
        var limits = RateLimit.ParseList(new DeliveryOptions().ConversationLimits);

        Assert.Equal(
            [new(7, TimeSpan.FromSeconds(1)), new(8, TimeSpan.FromSeconds(2)), new(60, TimeSpan.FromSeconds(30)), new RateLimit(1800, TimeSpan.FromHours(1))],
            limits);
    }

    [Fact]
    public void ParseList_EveryUnit_SpacesAndEmptyPartsIgnored()
    {
        var limits = RateLimit.ParseList(" 3/500ms , 50/1s,,10/5m , 2/1h ");

        Assert.Equal(
            [new(3, TimeSpan.FromMilliseconds(500)), new(50, TimeSpan.FromSeconds(1)), new(10, TimeSpan.FromMinutes(5)), new RateLimit(2, TimeSpan.FromHours(1))],
            limits);
    }

    [Theory]
    [InlineData("7/1s,7/1x", "7/1x")]
    [InlineData("0/1s", "0/1s")]
    [InlineData("7/0s", "7/0s")]
    [InlineData("-1/1s", "-1/1s")]
    [InlineData("7", "7")]
    [InlineData("/1s", "/1s")]
    [InlineData("7/s", "7/s")]
    [InlineData("7/1.5s", "7/1.5s")]
    [InlineData("7/ 1s", "7/ 1s")]
    public void ParseList_BadPart_IsRefusedNamingIt(string spec, string part)
    {
        var error = Assert.Throws<FormatException>(() => RateLimit.ParseList(spec));

        Assert.Contains($"'{part}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" , ")]
    public void ParseList_NoLimit_IsRefused(string spec) =>
        Assert.Throws<FormatException>(() => RateLimit.ParseList(spec));

    [Theory]
    [InlineData("7/1s,8/2s,60/30s,1800/1h", "7/1s,8/2s,60/30s,1800/1h")]
    [InlineData("3/500ms,4/1500ms,5/90s,6/120s,7/60m", "3/500ms,4/1500ms,5/90s,6/2m,7/1h")]
    public void ToString_WritesTheShortestUnit_AndParsesBack(string spec, string written)
    {
        var limits = RateLimit.ParseList(spec);

        Assert.Equal(written, string.Join(",", limits));
        Assert.Equal(limits, RateLimit.ParseList(written));
    }
}
