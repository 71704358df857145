using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features;

public sealed class HelpAndWelcomeTests : BotTest
{
    [Fact]
    public async Task Hilfe_InPersonalChat_RepliesWithTheHelpCard()
    {
        var activity = bot.Activity().Message("hilfe");

        await bot.SendAsync(activity);

        var reply = Assert.Single(bot.Channel.ConnectorCalls);
        Assert.EndsWith($"/activities/{activity["id"]}", reply.Path);
        Assert.NotNull(reply.Card);
        Assert.Contains("dienste", reply.CardJson);
        Assert.DoesNotContain("${", reply.CardJson);
    }

    [Fact]
    public async Task Hilfe_AsMentionInChannel_RepliesWithTheHelpCardInThatThread()
    {
        await bot.SendAsync(bot.Activity().InChannel().MentionMessage("hilfe"));

        var reply = Assert.Single(bot.Channel.ConnectorCalls);
        Assert.Contains(ActivityBuilder.ChannelId, reply.Path);
        Assert.NotNull(reply.Card);
    }

    [Fact]
    public async Task ChannelMessage_WithoutMention_IsIgnored()
    {
        await bot.SendAsync(bot.Activity().InChannel().Message("hilfe"));

        Assert.Empty(bot.Channel.ConnectorCalls);
    }

    [Fact]
    public async Task Help_InEnglishLocale_IsEnglish()
    {
        await bot.SendAsync(bot.Activity().InLocale("en-US").Message("help"));
        var english = Assert.Single(bot.Channel.ConnectorCalls).CardJson;
        bot.Channel.ClearCalls();

        await bot.SendAsync(bot.Activity().Message("hilfe"));
        var german = Assert.Single(bot.Channel.ConnectorCalls).CardJson;

        Assert.NotEqual(german, english);
    }

    [Fact]
    public async Task Install_InPersonalScope_SendsTheWelcomeCardOnce()
    {
        await bot.SendAsync(bot.Activity().InstallationAdd());
        await bot.SendAsync(bot.Activity().BotAdded());

        var welcome = Assert.Single(bot.Channel.ConnectorCalls);
        Assert.EndsWith($"/v3/conversations/{ActivityBuilder.PersonalConversationId}/activities", welcome.Path);
        Assert.NotNull(welcome.Card);
    }

    [Fact]
    public async Task Install_InTeam_PostsTheWelcomeCardIntoTheChannel()
    {
        await bot.SendAsync(bot.Activity().InChannel().BotAdded());

        var welcome = Assert.Single(bot.Channel.ConnectorCalls);
        Assert.Contains(ActivityBuilder.ChannelId, welcome.Path);
        Assert.NotNull(welcome.Card);
    }
}
