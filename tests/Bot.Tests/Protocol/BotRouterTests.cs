using KommunalBot.Bot.Protocol;
using Microsoft.Extensions.Logging.Abstractions;

namespace KommunalBot.Bot.Tests.Protocol;

/// Several features share an activity type and free text: every install handler runs (welcome, subscriptions,
/// consulting), and a feature may claim a message before Ask answers it.
public sealed class BotRouterTests
{
    private readonly List<string> calls = [];

    [Fact]
    public async Task ActivityType_RegisteredByTwoFeatures_RunsBothInRegistrationOrder()
    {
        var router = Router(
            new Feature("welcome", r => r.OnActivity(ActivityTypes.InstallationUpdate, Record("welcome"))),
            new Feature("broadcast", r => r.OnActivity(ActivityTypes.InstallationUpdate, Record("broadcast"))));

        await router.RouteAsync(Turn(ActivityTypes.InstallationUpdate));

        Assert.Equal(["welcome", "broadcast"], calls);
    }

    [Fact]
    public async Task ActivityType_FirstHandlerFails_OthersStillRunAndTheErrorIsRaised()
    {
        var router = Router(
            new Feature("broken", r => r.OnActivity(ActivityTypes.ConversationUpdate, _ => throw new InvalidOperationException("boom"))),
            new Feature("welcome", r => r.OnActivity(ActivityTypes.ConversationUpdate, Record("welcome"))));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => router.RouteAsync(Turn(ActivityTypes.ConversationUpdate)));

        Assert.Equal("boom", error.Message);
        Assert.Equal(["welcome"], calls);
    }

    [Fact]
    public async Task FreeText_ClaimedByAFeature_NeverReachesTheQuestionHandler()
    {
        var router = Router(
            new Feature("ask", r => r.OnQuestion(Record("ask"))),
            new Feature("consult", r => r.OnMessageClaim(Claim("consult", true))));

        await router.RouteAsync(Turn(ActivityTypes.Message, "Hier meine Rückmeldung zur Anfrage"));

        Assert.Equal(["consult"], calls);
    }

    [Fact]
    public async Task FreeText_ClaimsAskedInOrder_UnclaimedGoesToTheQuestionHandler()
    {
        var router = Router(
            new Feature("ask", r => r.OnQuestion(Record("ask"))),
            new Feature("late", r => r.OnMessageClaim(Claim("late", false), order: 10)),
            new Feature("early", r => r.OnMessageClaim(Claim("early", false), order: -10)));

        await router.RouteAsync(Turn(ActivityTypes.Message, "Was kostet Wohngeld?"));

        Assert.Equal(["early", "late", "ask"], calls);
    }

    [Fact]
    public async Task CommandWord_WinsOverClaims()
    {
        var router = Router(
            new Feature("help", r => r.OnCommand(Record("help"), "hilfe")),
            new Feature("consult", r => r.OnMessageClaim(Claim("consult", true))));

        await router.RouteAsync(Turn(ActivityTypes.Message, "hilfe"));

        Assert.Equal(["help"], calls);
    }

    [Fact]
    public void CommandWord_RegisteredTwice_StillNamesBothFeatures()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Router(
            new Feature("help", r => r.OnCommand(Record("help"), "hilfe")),
            new Feature("other", r => r.OnCommand(Record("other"), "hilfe"))));

        Assert.Contains("hilfe", error.Message);
    }

    private TurnHandler Record(string name) => _ =>
    {
        calls.Add(name);
        return Task.CompletedTask;
    };

    private MessageClaim Claim(string name, bool takes) => _ =>
    {
        calls.Add(name);
        return Task.FromResult(takes);
    };

    private static BotRouter Router(params IBotFeature[] features) => new(features, [], NullLogger<BotRouter>.Instance);

    private static TurnContext Turn(string type, string? text = null) => new(
        new Activity
        {
            Type = type,
            Text = text,
            Conversation = new ConversationAccount { Id = "a:1", ConversationType = "personal" },
            From = new ChannelAccount { Id = "29:user" },
            Recipient = new ChannelAccount { Id = "28:bot" },
        },
        connector: null!, // the handlers here never send
        CancellationToken.None);

    private sealed class Feature(string name, Action<BotRoutes> register) : IBotFeature
    {
        public string Name => name;

        public void Register(BotRoutes routes) => register(routes);
    }
}
