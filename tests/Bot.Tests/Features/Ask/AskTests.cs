using System.Net;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Resources;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Ask;

/// A clerk asks in Teams and gets a sourced answer card, end to end over HTTP with the fake channel.
public sealed class AskTests : BotTest
{
    [Fact]
    public async Task Question_AboutTheTransportRoute_AnswersWithTheRoutesAndTheirSources()
    {
        await bot.SendAsync(bot.Activity().Message("Über welchen Transportweg kommen Wohngeld-Anträge in die Behörde?"));

        Assert.Equal("typing", bot.Channel.ConnectorCalls[0].Type);
        var card = Assert.Single(bot.Channel.Messages).CardJson;
        Assert.Contains("OSCI", card);
        Assert.Contains("FIT-Connect", card);
        Assert.Contains("https://docs.osi.dataport.de/", card);
    }

    [Fact]
    public async Task Question_WhenTheTypingIndicatorIsRefused_IsStillAnswered()
    {
        bot.Channel.FailNext(1, 403);

        await bot.SendAsync(bot.Activity().Message("Über welchen Transportweg kommen Wohngeld-Anträge in die Behörde?"));

        var answer = Assert.Single(bot.Channel.Messages);
        Assert.Contains("OSCI", answer.CardJson);
    }

    [Fact]
    public async Task Question_AsMentionInChannel_IsAnsweredInTheThread()
    {
        await bot.SendAsync(bot.Activity().InChannel().MentionMessage("Was kostet die Nachnutzung der EfA Einbürgerung?"));

        var reply = Assert.Single(bot.Channel.Messages);
        Assert.Contains(ActivityBuilder.ChannelId, reply.Path);
        Assert.Contains("1.800", reply.CardJson);
    }

    [Fact]
    public async Task Question_InChannelWithoutMention_IsIgnored()
    {
        await bot.SendAsync(bot.Activity().InChannel().Message("Was kostet die Nachnutzung der EfA Einbürgerung?"));

        Assert.Empty(bot.Channel.ConnectorCalls);
    }

    [Fact]
    public async Task FollowUp_WithoutServiceName_RefersToTheEarlierService()
    {
        await bot.SendAsync(bot.Activity().Message("Was ist der Onlinedienst Wohngeld?"));
        bot.Channel.ClearCalls();

        await bot.SendAsync(bot.Activity().Message("und welche Transportwege?"));

        var card = Assert.Single(bot.Channel.Messages).CardJson;
        Assert.Contains("Wohngeld", card);
        Assert.Contains("DVDV", card);
    }

    [Fact]
    public async Task FollowUp_AfterThirtyMinutesOfSilence_NoLongerRefersToTheEarlierService()
    {
        await bot.SendAsync(bot.Activity().Message("Was ist der Onlinedienst Wohngeld?"));
        bot.Channel.ClearCalls();
        bot.Clock.Advance(TimeSpan.FromMinutes(31));

        await bot.SendAsync(bot.Activity().Message("und welche Transportwege?"));

        Assert.DoesNotContain("wgb", Assert.Single(bot.Channel.Messages).CardJson);
    }

    [Fact]
    public async Task Nonsense_WhileNoAdvisorPoolIsSetUp_GetsTheHonestNoAnswerCardWithoutConsulting()
    {
        await bot.SendAsync(bot.Activity().Message("Blubb quark zebra fliegt"));

        // The default configuration has no Consult:Pools: a request would reach nobody (IntakeTests shows the button
        // once a pool exists).
        var card = Assert.Single(bot.Channel.Messages).Card!;
        Assert.Contains(new Texts().Get("noAnswerTitle", Texts.German), System.Text.RegularExpressions.Regex.Unescape(card.ToJsonString()));
        Assert.DoesNotContain("consult.form", card.ToJsonString());
        Assert.DoesNotContain("ask.feedback", card.ToJsonString());
    }

    [Fact]
    public async Task Feedback_UpdatesTheCardInPlaceAndIsStoredForEditors()
    {
        await bot.SendAsync(bot.Activity().Message("Blubb quark zebra fliegt"));
        await bot.SendAsync(bot.Activity().Message("Über welchen Transportweg kommen Wohngeld-Anträge in die Behörde?"));
        var questionId = QuestionId(bot.Channel.Messages[^1].Card!);

        var response = await bot.SendAsync(bot.Activity().Execute("ask.feedback",
            new JsonObject { ["questionId"] = questionId, ["helpful"] = false, ["reason"] = "Es fehlt FIT-Connect-Detail" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.DoesNotContain("ask.feedback", body["value"]!.ToJsonString());

        var gaps = await AdminGetAsync("/admin/knowledge-gaps");
        var questions = gaps.AsArray().Select(g => g!["question"]!.GetValue<string>()).ToList();
        Assert.Contains("Über welchen Transportweg kommen Wohngeld-Anträge in die Behörde?", questions);
        Assert.Contains("Blubb quark zebra fliegt", questions);
        Assert.Contains("Es fehlt FIT-Connect-Detail", gaps.ToJsonString());
    }

    [Fact]
    public async Task Feedback_ViaActionSubmit_UpdatesTheOriginalMessage()
    {
        await bot.SendAsync(bot.Activity().Message("Was kostet die Nachnutzung der EfA Einbürgerung?"));
        var questionId = QuestionId(bot.Channel.Messages[^1].Card!);
        bot.Channel.ClearCalls();

        await bot.SendAsync(bot.Activity().Submit(new JsonObject { ["verb"] = "ask.feedback", ["questionId"] = questionId, ["helpful"] = true }));

        var update = Assert.Single(bot.Channel.ConnectorCalls);
        Assert.Equal("PUT", update.Method);
        Assert.EndsWith("/activities/card-activity-1", update.Path);
    }

    [Fact]
    public async Task KnowledgeGaps_WithoutToken_Get401()
    {
        var response = await bot.Http.GetAsync("/admin/knowledge-gaps");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task KnowledgeGaps_ForAMemberWithoutEditorRole_Get403()
    {
        var response = await AdminRequestAsync("/admin/knowledge-gaps", objectId: "member-without-role");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Steckbrief_Command_ShowsTheFullProfile()
    {
        await bot.SendAsync(bot.Activity().Message("steckbrief Wohngeld"));

        var card = Assert.Single(bot.Channel.Messages).CardJson;
        Assert.Contains("Schleswig-Holstein", card);
        Assert.Contains("Dataport", card);
    }

    [Fact]
    public async Task Steckbrief_ForAnUnknownName_SaysSoInsteadOfShowingAnotherService()
    {
        await bot.SendAsync(bot.Activity().Message("steckbrief Wetterbericht"));

        var reply = Assert.Single(bot.Channel.Messages);
        Assert.Null(reply.Card);
        Assert.Contains("Wetterbericht", reply.Text);
    }

    [Fact]
    public async Task Steckbrief_WithATypo_StillFindsTheService()
    {
        await bot.SendAsync(bot.Activity().Message("steckbrief Wohngelt"));

        Assert.Contains("Schleswig-Holstein", Assert.Single(bot.Channel.Messages).CardJson);
    }

    [Fact]
    public async Task Dienste_Command_ListsThemenfelderAndPagesThroughServices()
    {
        await bot.SendAsync(bot.Activity().Message("dienste"));
        Assert.Contains("Familie", Assert.Single(bot.Channel.Messages).CardJson);

        var page = await bot.SendAsync(bot.Activity().Execute("ask.services", new JsonObject { ["themenfeld"] = "Familie & Kind", ["page"] = 1 }));

        var body = JsonNode.Parse(await page.Content.ReadAsStringAsync())!;
        Assert.Contains("ask.steckbrief", body["value"]!.ToJsonString());
    }

    [Fact]
    public async Task Dienste_ServicesWithoutOzgReference_AreListedUnderALocalisedGroup()
    {
        await bot.SendAsync(bot.Activity().Message("dienste"));
        Assert.Contains("Ohne OZG-Themenfeld", Assert.Single(bot.Channel.Messages).CardJson);

        var page = await bot.SendAsync(bot.Activity().Execute("ask.services", new JsonObject { ["themenfeld"] = "Ohne OZG-Themenfeld", ["page"] = 1 }));

        var card = JsonNode.Parse(await page.Content.ReadAsStringAsync())!["value"]!.ToJsonString();
        Assert.Contains("\"serviceId\":\"elfe\"", card);
    }

    [Fact]
    public async Task Neu_Command_ShowsRecentlyChangedEntries()
    {
        await bot.SendAsync(bot.Activity().Message("neu"));

        Assert.NotNull(Assert.Single(bot.Channel.Messages).Card);
    }

    private static string QuestionId(JsonObject card)
    {
        var match = System.Text.RegularExpressions.Regex.Match(card.ToJsonString(), "\"questionId\":\"(q-[^\"]+)\"");
        Assert.True(match.Success, "the card carries its question id in its actions");
        return match.Groups[1].Value;
    }

    private async Task<JsonNode> AdminGetAsync(string path)
    {
        var response = await AdminRequestAsync(path, BotApp.EditorObjectId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private Task<HttpResponseMessage> AdminRequestAsync(string path, string objectId) => bot.AdminAsync(HttpMethod.Get, path, objectId);
}
