using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Broadcast;
using KommunalBot.Bot.Tests.TestHost;
using static KommunalBot.Bot.Tests.Features.Broadcast.BroadcastFixture;

namespace KommunalBot.Bot.Tests.Features.Broadcast;

/// A subscription ends when the bot can no longer post there: removed from the team or chat (Teams says so), or a send
/// answered with 403 (Teams says so only then).
public sealed class SubscriptionEndingTests : BotTest
{
    private const string OtherChannel = "19:channel-bauen@thread.tacv2";
    private const string OtherTeam = "19:team-other@thread.tacv2";
    private const string ChannelOfOtherTeam = "19:channel-kita@thread.tacv2";

    protected override Dictionary<string, string?> Settings => BroadcastFixture.Settings();

    [Fact]
    public async Task BotRemovedFromTheTeam_EndsTheSubscriptionsOfItsChannels_AndNoOthers()
    {
        await SubscribeAsync(bot);
        await SubscribeAsync(bot, OtherChannel);
        await SubscribeAsync(bot, a => To(a, ChannelOfOtherTeam, OtherTeam));

        var removed = In(bot).Of("conversationUpdate");
        removed["conversation"]!["id"] = Team; // Teams names the team's General channel
        removed["channelData"]!["channel"]!["id"] = Team;
        removed["channelData"]!["eventType"] = "teamMemberRemoved";
        removed["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = In(bot).BotId });
        await bot.SendAsync(removed);

        Assert.Null(await StoredAsync(bot));
        Assert.Null(await StoredAsync(bot, OtherChannel));
        Assert.NotNull(await StoredAsync(bot, ChannelOfOtherTeam));
    }

    [Fact]
    public async Task AppUninstalledFromAGroupChat_EndsItsSubscription()
    {
        const string chat = "19:groupchat-efa@thread.v2";
        await SubscribeAsync(bot, a => ToGroupChat(a, chat));
        Assert.NotNull(await StoredAsync(bot, chat));

        await bot.SendAsync(ToGroupChat(In(bot).InstallationRemove(), chat));

        Assert.Null(await StoredAsync(bot, chat));
    }

    [Fact]
    public async Task ADigestThatTeamsRefusesWith403_EndsTheSubscription()
    {
        var start = new DateTimeOffset(2027, 3, 24, 10, 0, 0, TimeSpan.Zero);
        bot.Clock.AdjustTime(start);
        await SubscribeAsync(bot);
        await AddItemAsync(bot, "bp-1", start.AddDays(1));
        bot.Clock.AdjustTime(new DateTimeOffset(2027, 3, 29, 7, 0, 30, TimeSpan.Zero)); // past Monday 09:00 CEST
        bot.Channel.BlockNext(); // the bot was removed meanwhile, without Teams telling it

        await bot.Services.GetRequiredService<DigestJob>().RunDueAsync(CancellationToken.None);
        await UntilAsync(bot, () => StoredAsync(bot).Result is null);

        Assert.Single(PostsIn(bot, Channel)); // tried once
    }
}
