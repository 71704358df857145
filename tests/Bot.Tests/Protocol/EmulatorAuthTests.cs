using System.Net;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Protocol;

/// Tokens of the Bot Framework Emulator (an Entra ID token for the bot's app id, no endorsements):
/// outside Development only with the switch, and never the bot's own Connector token.
public sealed class EmulatorAuthTests : BotTest
{
    protected override Dictionary<string, string?> Settings => new() { ["Bot:AllowEmulatorTokens"] = "true" };

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task EmulatorToken_ForThisBot_IsAccepted(string version)
    {
        var activity = bot.Activity().Message("hilfe");
        activity["channelId"] = "emulator";

        var response = await bot.PostAsync(activity.ToJsonString(), "Bearer " + bot.Channel.CreateEmulatorToken(bot.AppId, bot.Clock.GetUtcNow(), version));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Channel.Messages);
    }

    [Fact]
    public async Task EmulatorToken_ForAnotherApp_Gets401()
    {
        var token = bot.Channel.CreateEmulatorToken(Guid.NewGuid().ToString(), bot.Clock.GetUtcNow());

        var response = await bot.PostAsync(bot.Activity().Message("hilfe").ToJsonString(), "Bearer " + token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task EmulatorToken_InProductionWithoutTheSwitch_Gets401()
    {
        await using var production = await BotApp.StartAsync();

        var token = production.Channel.CreateEmulatorToken(production.AppId, production.Clock.GetUtcNow());
        var response = await production.PostAsync(production.Activity().Message("hilfe").ToJsonString(), "Bearer " + token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(production.Channel.ConnectorCalls);
    }

    /// The probe's attack: the Authorization header the bot sent to the Connector, posted back to the bot
    /// with a foreign serviceUrl, another tenant and an invented user, to harvest a fresh token.
    [Fact]
    public async Task ConnectorTokenReplayedInbound_Gets401_AndNoTokenReachesTheForeignHost()
    {
        await using var foreign = await FakeChannel.StartAsync();
        await bot.SendAsync(bot.Activity().Message("hilfe"));
        var leaked = Assert.Single(bot.Channel.ConnectorCalls).Authorization;
        Assert.False(string.IsNullOrEmpty(leaked));

        var forged = bot.Activity().InTenant(Guid.NewGuid().ToString()).Message("hilfe");
        forged["serviceUrl"] = foreign.ServiceUrl;
        forged["from"]!["id"] = "29:invented-user";
        var response = await bot.PostAsync(forged.ToJsonString(), leaked);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(foreign.ConnectorCalls);
        Assert.Single(bot.Channel.ConnectorCalls);
    }
}
