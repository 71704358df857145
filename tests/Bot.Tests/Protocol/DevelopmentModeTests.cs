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
    [InlineData("Host", "attacker.example")]
    [InlineData("X-Forwarded-For", "203.0.113.7")]
    [InlineData("Forwarded", "for=203.0.113.7")]
    public async Task Message_ThroughAForeignNameOrAProxy_IsRefused(string header, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(bot.Activity().Message("hilfe").ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation(header, value);

        var response = await bot.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Channel.ConnectorCalls);
    }

    [Fact]
    public async Task AdminApi_UnderAForeignHostName_IsRefused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/knowledge-gaps");
        request.Headers.Host = "attacker.example";

        var response = await bot.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AdminApi_FromThisMachine_Answers()
    {
        var response = await bot.Http.GetAsync("/admin/knowledge-gaps");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
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
