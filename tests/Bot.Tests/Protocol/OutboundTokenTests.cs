using KommunalBot.Bot.Protocol.Connector;
using KommunalBot.Bot.Tests.TestHost;
using Microsoft.IdentityModel.JsonWebTokens;

namespace KommunalBot.Bot.Tests.Protocol;

/// Where the bot gets its Connector token: botframework.com for multi-tenant bots, its own tenant otherwise.
public sealed class OutboundTokenTests
{
    private const string BotTenant = "7d1a0b2c-3e4f-4a5b-8c6d-9e0f1a2b3c4d";

    [Fact]
    public async Task MultiTenantBot_AsksTheBotFrameworkTenantForItsToken()
    {
        await using var bot = await BotApp.StartAsync();

        await bot.SendAsync(bot.Activity().Message("hilfe"));

        Assert.Equal(["/botframework.com/oauth2/v2.0/token"], bot.Channel.TokenRequestPaths);
    }

    [Fact]
    public async Task SingleTenantBot_AsksItsOwnTenantForItsToken()
    {
        await using var bot = await BotApp.StartAsync(new()
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = BotTenant,
        });

        await bot.SendAsync(bot.Activity().Message("hilfe"));

        Assert.Equal([$"/{BotTenant}/oauth2/v2.0/token"], bot.Channel.TokenRequestPaths);
    }

    [Fact]
    public async Task ConnectorHttpClient_AddsTheCachedTokenToEveryRequestToATrustedHost()
    {
        await using var bot = await BotApp.StartAsync();
        bot.Services.GetRequiredService<ServiceUrlTrust>().Trust(bot.Channel.ServiceUrl);
        var client = bot.Services.GetRequiredService<IHttpClientFactory>().CreateClient(ConnectorClient.HttpClientName);

        using var first = await client.GetAsync(bot.Channel.ServiceUrl + "v3/conversations/a:1/members/29:1");
        using var second = await client.GetAsync(bot.Channel.ServiceUrl + "v3/conversations/a:1/members/29:2");

        var calls = bot.Channel.ConnectorCalls;
        Assert.Equal(2, calls.Count);
        var token = new JsonWebToken(calls[0].Authorization!["Bearer ".Length..]);
        Assert.Equal(bot.AppId, token.GetClaim("appid").Value);
        Assert.Equal(calls[0].Authorization, calls[1].Authorization);
        Assert.Equal(1, bot.Channel.TokenRequests);
    }

    [Fact]
    public async Task ConnectorHttpClient_RefusesAnUntrustedHostBeforeSending()
    {
        await using var bot = await BotApp.StartAsync();
        var client = bot.Services.GetRequiredService<IHttpClientFactory>().CreateClient(ConnectorClient.HttpClientName);

        var refused = await Assert.ThrowsAsync<ConnectorException>(() => client.GetAsync(bot.Channel.ServiceUrl + "v3/conversations/a:1/members/29:1"));

        Assert.Equal("UntrustedServiceUrl", refused.ErrorCode);
        Assert.Empty(bot.Channel.ConnectorCalls);
    }
}
