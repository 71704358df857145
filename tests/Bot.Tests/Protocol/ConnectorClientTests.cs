using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Protocol.Connector;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Protocol;

/// The Connector operations features use for proactive work, against the recording fake Connector.
public sealed class ConnectorClientTests : BotTest
{
    private ConnectorClient Connector => bot.Services.GetRequiredService<ConnectorClient>();

    [Fact]
    public async Task CreatePersonalConversation_PostsTenantAndMemberAndReturnsTheNewId()
    {
        bot.Services.GetRequiredService<ServiceUrlTrust>().Trust(bot.Channel.ServiceUrl);

        var created = await Connector.CreatePersonalConversationAsync(
            bot.Channel.ServiceUrl, "28:" + bot.AppId, BotApp.AllowedTenant, ActivityBuilder.UserId, CancellationToken.None);

        Assert.StartsWith("a:created-", created.Id);
        var call = Assert.Single(bot.Channel.ConnectorCalls);
        Assert.EndsWith("/emea/v3/conversations", call.Path);
        Assert.False(call.Body!["isGroup"]!.GetValue<bool>());
        Assert.Equal(BotApp.AllowedTenant, call.Body["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.Equal(ActivityBuilder.UserId, call.Body["members"]![0]!["id"]!.GetValue<string>());
        Assert.StartsWith("Bearer ", call.Authorization);
    }

    [Fact]
    public async Task PostToChannel_StartsAThreadWithTheMessageInThatChannel()
    {
        bot.Services.GetRequiredService<ServiceUrlTrust>().Trust(bot.Channel.ServiceUrl);

        await Connector.PostToChannelAsync(bot.Channel.ServiceUrl, "28:" + bot.AppId, BotApp.AllowedTenant,
            ActivityBuilder.ChannelId, MessageFactory.Text("Neue Best Practice"), CancellationToken.None);

        var call = Assert.Single(bot.Channel.ConnectorCalls);
        Assert.True(call.Body!["isGroup"]!.GetValue<bool>());
        Assert.Equal(ActivityBuilder.ChannelId, call.Body["channelData"]!["channel"]!["id"]!.GetValue<string>());
        Assert.Equal("Neue Best Practice", call.Body["activity"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateAndDelete_AddressTheActivityWithEscapedIds()
    {
        bot.Services.GetRequiredService<ServiceUrlTrust>().Trust(bot.Channel.ServiceUrl);
        const string conversation = "19:abc@thread.tacv2;messageid=17";

        await Connector.UpdateAsync(bot.Channel.ServiceUrl, conversation, "1:42", MessageFactory.Text("neu"), CancellationToken.None);
        await Connector.DeleteAsync(bot.Channel.ServiceUrl, conversation, "1:42", CancellationToken.None);

        var calls = bot.Channel.ConnectorCalls;
        Assert.Equal(["PUT", "DELETE"], calls.Select(c => c.Method));
        Assert.All(calls, c => Assert.EndsWith($"/v3/conversations/{conversation}/activities/1:42", c.Path));
        Assert.Equal("1:42", calls[0].Body!["id"]!.GetValue<string>());
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
    public async Task Send_ToAnUntrustedServiceUrl_NeverCarriesTheToken()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Connector.SendAsync("http://127.0.0.2:9/evil/", "a:1", MessageFactory.Text("x"), CancellationToken.None));

        Assert.Equal("UntrustedServiceUrl", error.ErrorCode);
        Assert.Empty(bot.Channel.ConnectorCalls);
    }

    [Fact]
    public async Task Send_ServerErrorEveryTime_FailsAfterTheConfiguredRetries()
    {
        bot.Services.GetRequiredService<ServiceUrlTrust>().Trust(bot.Channel.ServiceUrl);
        bot.Channel.FailNext(10, 503, retryAfter: "0");

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Connector.SendAsync(bot.Channel.ServiceUrl, "a:1", MessageFactory.Text("x"), CancellationToken.None));

        Assert.Equal(503, error.Status);
        Assert.Equal(5, bot.Channel.ConnectorCalls.Count); // first attempt + Connector:MaxRetries (4)
    }
}
