using System.Net;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Protocol;

/// The accept/reject matrix of POST /api/messages against signed tokens from the fake channel.
public sealed class InboundAuthTests : BotTest
{
    [Theory]
    [InlineData(TokenVariant.Good)]
    [InlineData(TokenVariant.ExpiredWithinSkew)]
    public async Task Messages_ValidToken_AreAcceptedAndAnswered(TokenVariant variant)
    {
        var response = await bot.SendAsync(bot.Activity().Message("hilfe"), variant);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Channel.ConnectorCalls);
    }

    [Theory]
    [InlineData(TokenVariant.Expired)]
    [InlineData(TokenVariant.NotYetValid)]
    [InlineData(TokenVariant.WrongAudience)]
    [InlineData(TokenVariant.WrongIssuer)]
    [InlineData(TokenVariant.UnknownKey)]
    [InlineData(TokenVariant.AlgNone)]
    [InlineData(TokenVariant.EndorsementMissing)]
    [InlineData(TokenVariant.ServiceUrlMismatch)]
    [InlineData(TokenVariant.ServiceUrlMissing)]
    public async Task Messages_BadToken_Get401AndNothingIsProcessed(TokenVariant variant)
    {
        var response = await bot.SendAsync(bot.Activity().Message("hilfe"), variant);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Channel.ConnectorCalls);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("bearer abc.def.ghi")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer  two-spaces")]
    public async Task Messages_MissingOrMalformedHeader_Get401(string? header)
    {
        var response = await bot.PostAsync(bot.Activity().Message("hilfe").ToJsonString(), header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Channel.ConnectorCalls);
    }

    [Fact]
    public async Task Messages_SameTokenAfterItExpired_Get401()
    {
        var token = "Bearer " + bot.Channel.CreateToken(bot.AppId, bot.Clock.GetUtcNow());
        var first = await bot.PostAsync(bot.Activity().Message("hilfe").ToJsonString(), token);

        bot.Clock.Advance(TimeSpan.FromHours(2));
        var second = await bot.PostAsync(bot.Activity().Message("hilfe").ToJsonString(), token);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
    }

    [Fact]
    public async Task Messages_SameTokenForAnotherServiceUrl_Get401()
    {
        var token = "Bearer " + bot.Channel.CreateToken(bot.AppId, bot.Clock.GetUtcNow());
        await bot.PostAsync(bot.Activity().Message("hilfe").ToJsonString(), token);
        var forged = bot.Activity().Message("hilfe");
        forged["serviceUrl"] = "https://evil.example.org/";

        var response = await bot.PostAsync(forged.ToJsonString(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Messages_TokenForAnotherChannelsEndorsement_Get401()
    {
        var activity = bot.Activity().Message("hilfe");
        activity["channelId"] = "slack";

        var response = await bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Replies_CarryTheConnectorTokenFromTheTokenEndpoint_AndReuseIt()
    {
        await bot.SendAsync(bot.Activity().Message("hilfe"));
        await bot.SendAsync(bot.Activity().Message("help"));

        var calls = bot.Channel.ConnectorCalls;
        Assert.Equal(2, calls.Count);
        Assert.All(calls, c => Assert.StartsWith("Bearer ey", c.Authorization));
        Assert.Single(calls.Select(c => c.Authorization).Distinct());
        Assert.Equal(1, bot.Channel.TokenRequests);
    }
}
