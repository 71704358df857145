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
}
