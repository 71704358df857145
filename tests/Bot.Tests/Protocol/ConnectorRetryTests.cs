using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Protocol;

public sealed class ConnectorRetryTests : BotTest
{
    [Fact]
    public async Task Reply_ThrottledTwice_IsRetriedUntilDelivered()
    {
        bot.Channel.FailNext(2, 429, retryAfter: "0");

        await bot.SendAsync(bot.Activity().Message("hilfe"));

        var calls = bot.Channel.ConnectorCalls;
        Assert.Equal(3, calls.Count);
        Assert.NotNull(calls[2].Card);
    }

    [Fact]
    public async Task Reply_Forbidden_IsNotRetried()
    {
        bot.Channel.FailNext(1, 403);

        await bot.SendAsync(bot.Activity().Message("hilfe"));

        // one failed reply; the apology to the user fails the same way only if the channel still refuses
        Assert.Equal("POST", bot.Channel.ConnectorCalls[0].Method);
        Assert.Equal(2, bot.Channel.ConnectorCalls.Count);
    }

    [Fact]
    public async Task Reply_ConnectionDroppedAfterTeamsReceivedIt_IsNotPostedTwice()
    {
        bot.Channel.DropNext(1);

        await bot.SendAsync(bot.Activity().Message("hilfe"));

        // The help card may have arrived: posting it again could show it twice, so it is not re-sent.
        Assert.Equal(1, bot.Channel.ConnectorCalls.Count(c => c.Method == "POST" && c.Card is not null));
    }

    [Fact]
    public async Task Update_ConnectionDropped_IsRepeated()
    {
        var connector = bot.Services.GetRequiredService<KommunalBot.Bot.Protocol.Connector.ConnectorClient>();
        await bot.SendAsync(bot.Activity().Message("hilfe")); // the channel vouches for its serviceUrl
        bot.Channel.ClearCalls();
        bot.Channel.DropNext(1);

        var update = connector.UpdateAsync(bot.Channel.ServiceUrl, "a:1", "1", new KommunalBot.Bot.Protocol.Activity { Type = "message", Id = "1", Text = "neu" },
            KommunalBot.Bot.Protocol.Connector.ConnectorRetry.Brief, CancellationToken.None);
        await bot.RunClockUntilDoneAsync(update, TimeSpan.FromMilliseconds(200)); // the back-off runs on the bot's clock

        Assert.Equal(2, bot.Channel.ConnectorCalls.Count(c => c.Method == "PUT"));
    }
}
