using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Resources;
using KommunalBot.Bot.Tests.Evaluation;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Ask;

/// The bot answers from evidence: an unknown service is named as unknown, "Meinten Sie …?" answers the same
/// question for the chosen service, and only a follow-up without a subject of its own continues the chat.
public sealed class AskEvidenceTests : BotTest
{
    private const string Fischereischein = "fischereischein-digital";
    private const string Fuehrerschein = "digitaler-fuehrerscheinantrag";

    // Names no Steckbrief, FAQ or catalogue row has; the closest services it offers are Führerschein ones.
    private const string UnknownDistrictQuestion = "Welchen Transportweg nutzt der Führerschein-Antrag im Landkreis Cuxhaven?";

    private readonly Texts texts = new();

    protected override Dictionary<string, string?> Settings => new()
    {
        ["Bot:UserBurst"] = "1000", // one clerk asks several questions in a row
    };

    [Theory]
    [InlineData("Was kostet der EfA-Dienst Christbaum-Abholung digital?", "Christbaum-Abholung")]
    [InlineData("Welcher Dienstleister betreibt den Onlinedienst Kegelbahn-Reservierung?", "Kegelbahn-Reservierung")]
    public async Task Question_AboutAServiceTheKnowledgeBaseLacks_SaysTheNameIsUnknownAndShowsNoOtherServicesFacts(string question, string name)
    {
        var reply = await AskAsync(question);

        Assert.Equal(ReplyKind.Abstained, reply.Kind);
        Assert.Contains(Text("noAnswerUnknown", name), reply.Text);
        Assert.Null(reply.ServiceId); // no Steckbrief button: the card is about no service
        // The closest services are offered as buttons, never answered for: no facts, summary or passages of theirs.
        foreach (var section in new[] { "answerFactsTitle", "answerSummaryTitle", "answerPassagesTitle" })
        {
            Assert.DoesNotContain(texts.Get(section, Texts.German), reply.Text);
        }

        Assert.DoesNotContain("€", reply.Text); // no service's cost facts (Wohngeld: OSCI certificate 80–100 €)
    }

    [Fact]
    public async Task DidYouMean_OnTheNoAnswerCard_AnswersTheSameQuestionForTheChosenService()
    {
        var noAnswer = await AskAsync(UnknownDistrictQuestion);
        Assert.Equal(ReplyKind.Abstained, noAnswer.Kind);
        var (questionId, offered) = DidYouMean(bot.Channel.Messages[^1].Card!);
        Assert.Contains(Fuehrerschein, offered);

        var chosen = await ChooseAsync(questionId, Fuehrerschein);

        Assert.Equal(ReplyKind.Answered, chosen.Kind);
        Assert.Equal(Fuehrerschein, chosen.ServiceId);
        // The same question: its facet (Transportweg) for the chosen service.
        Assert.Equal($"{texts.Get("facetTransportweg", Texts.German)} – Digitaler Führerscheinantrag", chosen.Title);
    }

    [Fact]
    public async Task DidYouMean_Chosen_IsNoNewUnansweredQuestionForTheEditors()
    {
        await AskAsync(UnknownDistrictQuestion);
        var (questionId, _) = DidYouMean(bot.Channel.Messages[^1].Card!);
        Assert.Equal(ReplyKind.Answered, (await ChooseAsync(questionId, Fuehrerschein)).Kind);

        var response = await bot.AdminAsync(HttpMethod.Get, "/admin/knowledge-gaps", BotApp.EditorObjectId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var gaps = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        var gap = Assert.Single(gaps, g => (string?)g!["question"] == UnknownDistrictQuestion)!;
        Assert.Equal(1, (int)gap["count"]!); // the question asked once, not again for the click
        Assert.Equal(1, (int)gap["unanswered"]!);
    }

    [Fact]
    public async Task FollowUp_WithoutASubjectOfItsOwn_AnswersAboutTheServiceBefore()
    {
        var first = await AskAsync("Wer betreibt Fischereischein digital?");
        Assert.Equal(Fischereischein, first.ServiceId);

        var followUp = await AskAsync("und was kostet das?");

        Assert.Equal(ReplyKind.Answered, followUp.Kind);
        Assert.Equal(Fischereischein, followUp.ServiceId);
        Assert.Equal($"{texts.Get("facetKosten", Texts.German)} – Fischereischein digital", followUp.Title);
    }

    [Theory]
    [InlineData("Was kostet uns die Digitalumlage in Bayern?")] // answered by an FAQ
    [InlineData("Was kostet die Kegelbahn-Reservierung online?")] // a service the knowledge base lacks
    public async Task NewQuestion_WithASubjectOfItsOwn_IsNotAboutTheServiceBefore(string question)
    {
        var first = await AskAsync("Wer betreibt Fischereischein digital?");
        Assert.Equal(Fischereischein, first.ServiceId);

        var reply = await AskAsync(question);

        Assert.NotEqual(Fischereischein, reply.ServiceId);
        Assert.DoesNotContain("Fischereischein", reply.Title ?? "");
        Assert.DoesNotContain("Fischereischein digital", reply.Text);
    }

    private async Task<BotReply> AskAsync(string question)
    {
        bot.Channel.ClearCalls();
        await bot.SendAsync(bot.Activity().Message(question));
        return Read();
    }

    private async Task<BotReply> ChooseAsync(string questionId, string serviceId)
    {
        bot.Channel.ClearCalls();
        var response = await bot.SendAsync(bot.Activity().Execute("ask.didyoumean",
            new JsonObject { ["questionId"] = questionId, ["serviceId"] = serviceId }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Read();
    }

    private BotReply Read()
    {
        var message = Assert.Single(bot.Channel.Messages);
        return BotReply.Read([message.Body], texts.Get("noAnswerTitle", Texts.German));
    }

    private string Text(string key, string value) => string.Format(CultureInfo.InvariantCulture, texts.Get(key, Texts.German), value);

    /// The question id and the services the card's "Meinten Sie …?" / closest-service buttons offer.
    private static (string QuestionId, List<string> ServiceIds) DidYouMean(JsonObject card)
    {
        var actions = Actions(card).Where(a => (string?)a["verb"] == "ask.didyoumean" || (string?)a["data"]?["verb"] == "ask.didyoumean")
            .Select(a => a["data"]!)
            .ToList();
        Assert.NotEmpty(actions);
        return ((string)actions[0]["questionId"]!, actions.Select(d => (string)d["serviceId"]!).Distinct().ToList());
    }

    private static IEnumerable<JsonObject> Actions(JsonNode? node) => node switch
    {
        JsonObject o when o["type"] is JsonValue type && ((string?)type)?.StartsWith("Action.", StringComparison.Ordinal) == true =>
            o.SelectMany(p => Actions(p.Value)).Prepend(o),
        JsonObject o => o.SelectMany(p => Actions(p.Value)),
        JsonArray a => a.SelectMany(Actions),
        _ => [],
    };
}
