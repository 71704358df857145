using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features;

public sealed class TenantAccessTests : BotTest
{
    private const string UnknownTenant = "99999999-9999-4999-8999-999999999999";

    [Fact]
    public async Task Message_FromTenantNotOnTheAllowList_GetsTheRefusalCardAndNothingElse()
    {
        await bot.SendAsync(bot.Activity().InTenant(UnknownTenant).Message("hilfe"));
        var refusal = Assert.Single(bot.Channel.ConnectorCalls);
        bot.Channel.ClearCalls();

        await bot.SendAsync(bot.Activity().Message("hilfe"));
        var help = Assert.Single(bot.Channel.ConnectorCalls);

        Assert.NotNull(refusal.Card);
        Assert.NotEqual(help.CardJson, refusal.CardJson);
    }

    [Fact]
    public async Task Install_FromTenantNotOnTheAllowList_StoresNoConversationReference()
    {
        await bot.SendAsync(bot.Activity().InTenant(UnknownTenant).InstallationAdd());

        var references = bot.Services.GetRequiredService<KommunalBot.Bot.Protocol.ConversationReferenceStore>();
        Assert.Null(await references.GetAsync(UnknownTenant, ActivityBuilder.PersonalConversationId, CancellationToken.None));
    }

    [Fact]
    public async Task Production_WithoutAllowList_RefusesToStartAndNamesTheSetting()
    {
        var error = await BotApp.StartFailureAsync(new()
        {
            ["Access:Tenants:0:TenantId"] = null,
            ["Access:Tenants:0:Organisation"] = null,
            ["Access:Tenants:0:Region"] = null,
        });

        Assert.Contains("Access:Tenants is empty", error.ToString());
    }

    [Fact]
    public async Task Production_WithTheAlarmingSwitch_LetsAnyTenantIn()
    {
        await using var open = await BotApp.StartAsync(new() { ["Access:DangerouslyAllowAnyTenant"] = "true" });

        await open.SendAsync(open.Activity().InTenant(UnknownTenant).Message("hilfe"));

        Assert.Contains("dienste", Assert.Single(open.Channel.Messages).CardJson);
    }
}
