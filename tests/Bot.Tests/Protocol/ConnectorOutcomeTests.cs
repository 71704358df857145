using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Protocol.Connector;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Protocol;

/// What a sender learns from each answer Teams can give (learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit), over real HTTP with the
/// fake Connector, and how long the per-call retry choice lets a call keep its caller waiting.
public sealed class ConnectorOutcomeTests : BotTest
{
    private ConnectorClient Connector => bot.Services.GetRequiredService<ConnectorClient>();

    [Fact]
    public async Task Send_WithoutRetries_Throttled_ReturnsThrottledWithTeamsRetryAfterAtOnce()
    {
        bot.Channel.FailNext(1, 429, retryAfter: "30");

        var outcome = await SendAsync(ConnectorRetry.None);

        Assert.Equal(new ConnectorOutcome.Throttled(TimeSpan.FromSeconds(30)), outcome);
        Assert.Single(bot.Channel.ConnectorCalls);
    }

    [Fact]
    public async Task Send_Brief_ThrottledLongerThanItMayWait_ReturnsThrottledWithoutRetrying()
    {
        bot.Channel.FailNext(1, 429, retryAfter: "30"); // Connector:MaxRetryWait is 5 s

        var outcome = await SendAsync(ConnectorRetry.Brief);

        Assert.Equal(new ConnectorOutcome.Throttled(TimeSpan.FromSeconds(30)), outcome);
        Assert.Single(bot.Channel.ConnectorCalls);
    }

    [Fact]
    public async Task Send_Brief_ThrottledShortly_IsRetriedAndSent()
    {
        bot.Channel.FailNext(2, 429, retryAfter: "0");

        var outcome = await SendAsync(ConnectorRetry.Brief);

        Assert.IsType<ConnectorOutcome.Sent>(outcome);
        Assert.Equal(3, bot.Channel.ConnectorCalls.Count);
    }

    [Fact]
    public async Task Send_BotBlockedOrUninstalled_IsGoneWithMessageWritesBlocked_AndNotRetried()
    {
        bot.Channel.BlockNext();

        var outcome = await SendAsync(ConnectorRetry.Brief);

        Assert.Equal(new ConnectorOutcome.Gone(403, "MessageWritesBlocked"), outcome);
        Assert.Single(bot.Channel.ConnectorCalls);
    }

    [Fact]
    public async Task Send_ConversationNotFound_IsGone()
    {
        bot.Channel.FailNext(1, 404);

        var outcome = await SendAsync(ConnectorRetry.Brief);

        Assert.Equal(new ConnectorOutcome.Gone(404, "Fault404"), outcome);
        Assert.Single(bot.Channel.ConnectorCalls);
    }

    [Fact]
    public async Task Send_WithoutRetries_BadGateway_IsATransientFailure()
    {
        bot.Channel.FailNext(1, 502);

        var outcome = await SendAsync(ConnectorRetry.None);

        Assert.Equal(new ConnectorOutcome.Failed(502, "Fault502", Transient: true), outcome);
        Assert.Single(bot.Channel.ConnectorCalls);
    }

    [Fact]
    public async Task Send_ConnectionDroppedAfterItWentOut_MayHaveArrived_AndIsNotRepeated()
    {
        bot.Channel.DropNext(1);

        var outcome = await SendAsync(ConnectorRetry.Brief);

        var failed = Assert.IsType<ConnectorOutcome.Failed>(outcome);
        Assert.True(failed.MayHaveArrived); // an outbox must not send it again, nor call it lost
        Assert.Single(bot.Channel.ConnectorCalls);
    }

    [Fact]
    public async Task Send_Brief_BadGatewayTwice_IsRetriedWithBackoffAndSent()
    {
        bot.Channel.FailNext(2, 502); // no Retry-After: Connector:BaseDelay (1 s), doubling, ±20 %
        var start = bot.Clock.GetUtcNow();

        var outcome = await bot.RunClockUntilDoneAsync(SendAsync(ConnectorRetry.Brief), TimeSpan.FromMilliseconds(200));

        Assert.IsType<ConnectorOutcome.Sent>(outcome);
        Assert.Equal(3, bot.Channel.ConnectorCalls.Count);
        Assert.True(bot.Clock.GetUtcNow() - start >= TimeSpan.FromSeconds(2.4), "the retries waited 1 s and 2 s (less 20 %) on the bot's clock");
    }

    [Fact]
    public async Task Send_Unauthorized_FailsOnceWithoutFetchingTokensInALoop()
    {
        bot.Channel.FailNext(1, 401);

        var outcome = await SendAsync(ConnectorRetry.Brief);

        Assert.Equal(new ConnectorOutcome.Failed(401, "Fault401", Transient: false), outcome);
        Assert.Single(bot.Channel.ConnectorCalls);
        Assert.Equal(1, bot.Channel.TokenRequests);
    }

    [Fact]
    public async Task Reply_ThrottledLongerThanATurnMayWait_TheUserGetsTheApologyAtOnce()
    {
        bot.Channel.FailNext(1, 429, retryAfter: "30");

        await bot.SendAsync(bot.Activity().Message("hilfe"));

        var calls = bot.Channel.ConnectorCalls;
        Assert.Equal(2, calls.Count); // the help card, refused; then the apology instead of 30 s of silence
        Assert.NotNull(calls[0].Card);
        Assert.StartsWith("Entschuldigung", calls[1].Text);
    }

    private async Task<ConnectorOutcome> SendAsync(ConnectorRetry retry)
    {
        bot.Services.GetRequiredService<ServiceUrlTrust>().Trust(bot.Channel.ServiceUrl);
        return await Connector.SendAsync(bot.Channel.ServiceUrl, ActivityBuilder.PersonalConversationId, MessageFactory.Text("Hinweis"), retry, CancellationToken.None);
    }
}
