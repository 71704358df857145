using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Protocol.Connector;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Protocol;

/// The Connector operations features use for proactive work, addressed by the references the bot stored,
/// against the recording fake Connector.
public sealed class ConnectorClientTests : BotTest
{
    private ConnectorClient Connector => bot.Services.GetRequiredService<ConnectorClient>();

    [Fact]
    public async Task CreatePersonalConversation_PostsTenantAndMemberAndReturnsTheNewId()
    {
        bot.Services.GetRequiredService<ServiceUrlTrust>().Trust(bot.Channel.ServiceUrl);

        var outcome = await Connector.CreatePersonalConversationAsync(
            bot.Channel.ServiceUrl, "28:" + bot.AppId, BotApp.AllowedTenant, ActivityBuilder.UserId, ConnectorRetry.None, CancellationToken.None);

        var sent = Assert.IsType<ConnectorOutcome.Sent>(outcome);
        Assert.StartsWith("a:created-", sent.ConversationId);
        var call = Assert.Single(bot.Channel.ConnectorCalls);
        Assert.EndsWith("/emea/v3/conversations", call.Path);
        Assert.False(call.Body!["isGroup"]!.GetValue<bool>());
        Assert.Equal(BotApp.AllowedTenant, call.Body["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.Equal(ActivityBuilder.UserId, call.Body["members"]![0]!["id"]!.GetValue<string>());
        Assert.StartsWith("Bearer ", call.Authorization);
    }

    [Fact]
    public async Task StartThread_ByChannelReference_PostsANewConversationInThatChannelAndReturnsTheThread()
    {
        var channel = await InstalledAsync(bot.Activity().InChannel(), ActivityBuilder.ChannelId);

        var outcome = await Connector.StartThreadAsync(channel, MessageFactory.Text("Neue Best Practice"), ConnectorRetry.None, CancellationToken.None);

        var sent = Assert.IsType<ConnectorOutcome.Sent>(outcome);
        Assert.StartsWith(ActivityBuilder.ChannelId + ";messageid=", sent.ConversationId);
        Assert.NotNull(sent.ActivityId);
        var call = Assert.Single(bot.Channel.ConnectorCalls);
        Assert.Equal("POST", call.Method);
        Assert.EndsWith("/emea/v3/conversations", call.Path);
        Assert.True(call.Body!["isGroup"]!.GetValue<bool>());
        Assert.Equal(ActivityBuilder.ChannelId, call.Body["channelData"]!["channel"]!["id"]!.GetValue<string>());
        Assert.Equal(BotApp.AllowedTenant, call.Body["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.Equal("Neue Best Practice", call.Body["activity"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Send_ByPersonalReference_PostsIntoTheChatFromTheBotToTheUser()
    {
        var chat = await InstalledAsync(bot.Activity(), ActivityBuilder.PersonalConversationId);

        var outcome = await Connector.SendAsync(chat, MessageFactory.Text("Ihre Anfrage wurde angenommen."), ConnectorRetry.None, CancellationToken.None);

        var sent = Assert.IsType<ConnectorOutcome.Sent>(outcome);
        Assert.Equal(ActivityBuilder.PersonalConversationId, sent.ConversationId);
        var call = Assert.Single(bot.Channel.ConnectorCalls);
        Assert.StartsWith("reply-", sent.ActivityId); // the id Teams gave the message, for a later update or delete
        Assert.EndsWith($"/emea/v3/conversations/{ActivityBuilder.PersonalConversationId}/activities", call.Path);
        Assert.Equal("28:" + bot.AppId, call.Body!["from"]!["id"]!.GetValue<string>());
        Assert.Equal(ActivityBuilder.UserId, call.Body["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal("Ihre Anfrage wurde angenommen.", call.Text);
    }

    [Fact]
    public async Task Send_ByChannelReference_PostsToTheChannelItself()
    {
        var channel = await InstalledAsync(bot.Activity().InChannel(), ActivityBuilder.ChannelId);

        await Connector.SendAsync(channel, MessageFactory.Text("Digest"), ConnectorRetry.None, CancellationToken.None);

        Assert.EndsWith($"/v3/conversations/{ActivityBuilder.ChannelId}/activities", Assert.Single(bot.Channel.ConnectorCalls).Path);
    }

    [Fact]
    public async Task UpdateAndDelete_ByReferenceToAThread_AddressTheActivityWithEscapedIds()
    {
        var channel = await InstalledAsync(bot.Activity().InChannel(), ActivityBuilder.ChannelId);
        var thread = channel with { ConversationId = ActivityBuilder.ChannelId + ";messageid=17" };

        var updated = await Connector.UpdateAsync(thread, "1:42", MessageFactory.Text("neu"), ConnectorRetry.None, CancellationToken.None);
        var deleted = await Connector.DeleteAsync(thread, "1:42", ConnectorRetry.None, CancellationToken.None);

        Assert.Equal("1:42", Assert.IsType<ConnectorOutcome.Sent>(updated).ActivityId);
        Assert.IsType<ConnectorOutcome.Sent>(deleted);
        var calls = bot.Channel.ConnectorCalls;
        Assert.Equal(["PUT", "DELETE"], calls.Select(c => c.Method));
        Assert.All(calls, c => Assert.EndsWith($"/v3/conversations/{thread.ConversationId}/activities/1:42", c.Path));
        Assert.Equal("1:42", calls[0].Body!["id"]!.GetValue<string>());
        Assert.Equal("neu", calls[0].Text);
    }

    [Fact]
    public async Task GetMember_ReturnsTheMembersProfile()
    {
        bot.Services.GetRequiredService<ServiceUrlTrust>().Trust(bot.Channel.ServiceUrl);

        var member = await Connector.GetMemberAsync(bot.Channel.ServiceUrl, ActivityBuilder.PersonalConversationId, ActivityBuilder.UserId, CancellationToken.None);

        Assert.Equal(ActivityBuilder.UserId, member.Id);
        Assert.Equal("Erika Mustermann", member.Name);
    }

    [Fact]
    public async Task Send_ToAnUntrustedServiceUrl_NeverLeavesTheBot()
    {
        var outcome = await Connector.SendAsync("http://127.0.0.2:9/evil/", "a:1", MessageFactory.Text("x"), ConnectorRetry.Brief, CancellationToken.None);

        Assert.Equal(new ConnectorOutcome.Failed(0, "UntrustedServiceUrl", Transient: false), outcome);
        Assert.Empty(bot.Channel.ConnectorCalls);
    }

    [Fact]
    public async Task Send_ServerErrorEveryTime_FailsAfterTheConfiguredRetries()
    {
        bot.Services.GetRequiredService<ServiceUrlTrust>().Trust(bot.Channel.ServiceUrl);
        bot.Channel.FailNext(10, 503, retryAfter: "0");

        var outcome = await Connector.SendAsync(bot.Channel.ServiceUrl, "a:1", MessageFactory.Text("x"), ConnectorRetry.Brief, CancellationToken.None);

        Assert.Equal(new ConnectorOutcome.Failed(503, "Fault503", Transient: true), outcome);
        Assert.Equal(5, bot.Channel.ConnectorCalls.Count); // first attempt + Connector:MaxRetries (4)
    }

    /// The reference the bot stored when it was installed there (which also makes the channel vouch for the serviceUrl).
    private async Task<ConversationReference> InstalledAsync(ActivityBuilder where, string conversationId)
    {
        await bot.SendAsync(where.InstallationAdd());
        bot.Channel.ClearCalls();
        var reference = await bot.Services.GetRequiredService<ConversationReferenceStore>()
            .GetAsync(BotApp.AllowedTenant, conversationId, CancellationToken.None);
        return reference ?? throw new InvalidOperationException("no reference stored on install");
    }
}
