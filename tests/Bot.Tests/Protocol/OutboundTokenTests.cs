using KommunalBot.Bot.Tests.TestHost;

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
}
