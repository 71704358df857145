using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Protocol;

public sealed class ConversationReferenceTests : BotTest
{
    private ConversationReferenceStore References => bot.Services.GetRequiredService<ConversationReferenceStore>();

    [Fact]
    public async Task Install_InTeam_StoresTenantServiceUrlTeamAndChannel()
    {
        var activity = bot.Activity().InChannel().InstallationAdd();

        await bot.SendAsync(activity);

        var reference = await References.GetAsync(BotApp.AllowedTenant, activity["conversation"]!["id"]!.GetValue<string>(), CancellationToken.None);
        Assert.NotNull(reference);
        Assert.Equal(bot.Channel.ServiceUrl, reference.ServiceUrl);
        Assert.Equal(ActivityBuilder.TeamId, reference.TeamId);
        Assert.Equal(ActivityBuilder.ChannelId, reference.ChannelIdInTeam);
        Assert.Equal("channel", reference.ConversationType);
    }

    [Fact]
    public async Task Uninstall_RemovesTheReference()
    {
        await bot.SendAsync(bot.Activity().InstallationAdd());
        Assert.NotNull(await References.GetAsync(BotApp.AllowedTenant, ActivityBuilder.PersonalConversationId, CancellationToken.None));

        await bot.SendAsync(bot.Activity().InstallationRemove());

        Assert.Null(await References.GetAsync(BotApp.AllowedTenant, ActivityBuilder.PersonalConversationId, CancellationToken.None));
    }
}
