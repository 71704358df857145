using System.Net;
using KommunalBot.Bot.Protocol.Auth;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Protocol;

/// Without an app id the bot runs like the SDK with the Emulator: no token, callers on this machine only.
public sealed class DevelopmentModeTests : BotTest
{
    protected override Dictionary<string, string?> Settings => new() { ["MicrosoftAppId"] = "", ["MicrosoftAppPassword"] = "" };

    [Fact]
    public async Task Message_WithoutToken_FromLoopback_IsAnsweredWithoutOutboundToken()
    {
        var response = await bot.PostAsync(bot.Activity().Message("hilfe").ToJsonString(), authorization: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(bot.Channel.Messages);
        Assert.True(string.IsNullOrEmpty(reply.Authorization));
    }

    [Fact]
    public async Task Message_WithAToken_IsRefusedBecauseNothingCanValidateIt()
    {
        var response = await bot.SendAsync(bot.Activity().Message("hilfe"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.8.9.10", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.0.0.7", false)]
    [InlineData("::ffff:192.168.1.20", false)]
    public void LoopbackCheck_RecognisesLoopbackInEveryForm(string address, bool expected) =>
        Assert.Equal(expected, IPAddress.Parse(address).IsLoopbackCaller());
}
