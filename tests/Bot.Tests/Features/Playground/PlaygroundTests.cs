using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Playground;

/// A newcomer tries the bot in the playground: Web Chat's Direct Line calls over HTTP on loopback, the bot's real
/// router, features and cards behind them, replies and card updates back in the conversation.
public sealed class PlaygroundTests : BotTest
{
    protected override Dictionary<string, string?> Settings => new() { ["Playground:Enabled"] = "true", ["Ask:ServicesPageSize"] = "4" };

    [Fact]
    public async Task Roles_OfferClerksOfTwoTenantsAdvisorEditorAndAdmin()
    {
        var roles = (await bot.Http.GetFromJsonAsync<JsonArray>("/playground/roles"))!.Select(r => (string)r!["id"]!).ToList();

        Assert.Equal(["clerk-musterstadt", "clerk-beispielhausen", "advisor-baykommun", "editor-baykommun", "admin-baykommun"], roles);
    }

    [Fact]
    public async Task NewConversation_IsWelcomedWithACard()
    {
        var user = await PlaygroundClient.StartAsync(bot.Http, "clerk-musterstadt");

        await user.PollAsync();

        Assert.Contains("Anna Schmidt", Assert.Single(user.BotCards()).Card.ToJsonString());
    }

    [Fact]
    public async Task Hilfe_GetsTheHelpCard_AndItsDiensteButtonWorksAsInTeams()
    {
        var user = await PlaygroundClient.StartAsync(bot.Http, "clerk-musterstadt");

        await user.SayAsync("hilfe");
        await user.PollAsync();
        var help = user.BotCards()[^1].Card;
        Assert.Contains("dienste", help.ToJsonString());

        // The help card's "Dienste" button is an imBack (msteams): Teams posts its text as the user's message.
        await user.PressAsync(PlaygroundClient.Action(help, a => a["data"]?["msteams"] is not null));
        await user.PollAsync();
        Assert.Contains("Familie", user.BotCards()[^1].Card.ToJsonString());
    }

    [Fact]
    public async Task Question_GetsAnAnswerCard_AndHilfreichUpdatesThatCardInPlace()
    {
        var user = await PlaygroundClient.StartAsync(bot.Http, "clerk-musterstadt");

        await user.SayAsync("Über welchen Transportweg kommen Wohngeld-Anträge in die Behörde?");
        await user.PollAsync();
        var (answerId, answer) = user.BotCards()[^1];
        Assert.Contains("OSCI", answer.ToJsonString());

        var helpful = PlaygroundClient.Action(answer, a => a["data"]?["helpful"]?.GetValue<bool>() == true);
        var response = await user.PressAsync(helpful);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var updates = await user.PollAsync();
        var updated = Assert.Single(updates, a => (string?)a["from"]?["role"] == "bot");
        Assert.Equal(answerId, (string?)updated["id"]);
        Assert.Contains("Danke für Ihre Rückmeldung", PlaygroundClient.Text(updated));
        Assert.Equal(2, user.BotCards().Count); // welcome and the answer, updated: no new message
    }

    [Fact]
    public async Task Dienste_PagesThroughTheCardsButtons_UpdatingTheCard()
    {
        var user = await PlaygroundClient.StartAsync(bot.Http, "clerk-beispielhausen");
        await user.SayAsync("dienste");
        await user.PollAsync();
        var (listId, list) = user.BotCards()[^1];

        await user.PressAsync(PlaygroundClient.Action(list, a => (string?)a["title"] is { } t && t.StartsWith("Familie", StringComparison.Ordinal)));
        await user.PollAsync();
        var (pageId, page) = user.BotCards()[^1];
        Assert.Equal(listId, pageId);
        Assert.Contains("ask.steckbrief", page.ToJsonString());

        await user.PressAsync(PlaygroundClient.Action(page, a => (string?)a["title"] == "Nächste Seite"));
        await user.PollAsync();
        var (nextId, next) = user.BotCards()[^1];
        Assert.Equal(listId, nextId);
        Assert.Contains("Vorherige Seite", PlaygroundClient.Text(next));
    }

    [Fact]
    public async Task UnknownRole_Is400WithAMessage()
    {
        var response = await bot.Http.PostAsJsonAsync("/playground/session", new { role = "mayor" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("clerk-musterstadt", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ClerksOfTwoTenants_AreDifferentUsersInTheirOwnExampleTenants()
    {
        var anna = await PlaygroundClient.StartAsync(bot.Http, "clerk-musterstadt");
        var jonas = await PlaygroundClient.StartAsync(bot.Http, "clerk-beispielhausen");

        Assert.NotEqual((string?)anna.Session["userId"], (string?)jonas.Session["userId"]);
        var references = bot.Services.GetRequiredService<ConversationReferenceStore>();
        var inMusterstadt = await references.GetAsync("playground-musterstadt", anna.ConversationId, CancellationToken.None);
        var inBeispielhausen = await references.GetAsync("playground-beispielhausen", jonas.ConversationId, CancellationToken.None);
        Assert.Equal((string?)anna.Session["userId"], inMusterstadt?.UserId);
        Assert.Equal((string?)jonas.Session["userId"], inBeispielhausen?.UserId);
        Assert.Null(await references.GetAsync("playground-musterstadt", jonas.ConversationId, CancellationToken.None));
    }

    [Fact]
    public async Task ConversationToken_DoesNotOpenAnotherConversation()
    {
        var anna = await PlaygroundClient.StartAsync(bot.Http, "clerk-musterstadt");
        var jonas = await PlaygroundClient.StartAsync(bot.Http, "clerk-beispielhausen");

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/playground/directline/v3/directline/conversations/{anna.ConversationId}/activities");
        request.Headers.Authorization = new("Bearer", (string)jonas.Session["token"]!);

        Assert.Equal(HttpStatusCode.Forbidden, (await bot.Http.SendAsync(request)).StatusCode);
    }
}
