using System.Net;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Ask;
using KommunalBot.Bot.Tests.Features.Privacy;
using KommunalBot.Bot.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KommunalBot.Bot.Tests.Features.Ask;

/// An answer's buttons act for the person who asked: nobody else, in no other tenant, can rate the answer
/// or have another person's question asked again in their name.
public sealed class FeedbackOwnerTests : BotTest
{
    private const string OtherTenant = "6b1d3e7f-2c80-4d2f-8e3b-8c4d5e6f7081";
    private const string Refusal = "Diese Antwort kann nur bewerten, wer die Frage gestellt hat";
    private const string Question = "Über welchen Transportweg kommen Wohngeld-Anträge in die Behörde? Gruß aus Kleinquäppenried";

    protected override Dictionary<string, string?> Settings => new()
    {
        ["Access:Tenants:1:TenantId"] = OtherTenant,
        ["Access:Tenants:1:Organisation"] = "Landkreis Anderswo",
        ["Access:Tenants:1:Region"] = "Bayern",
        // 100 ratings at once from one person would be refused by the per-user limit before they race.
        ["Bot:UserBurst"] = "1000",
    };

    [Fact]
    public async Task Feedback_FromAnotherTenant_IsRefusedAndChangesNothing()
    {
        var questionId = await AskAsync(bot.Activity());

        var response = await bot.SendAsync(bot.Activity().InTenant(OtherTenant).Execute("ask.feedback",
            new JsonObject { ["questionId"] = questionId, ["helpful"] = false, ["reason"] = "überschrieben" }));

        Assert.Contains(Refusal, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!.GetValue<string>());
        Assert.Null((await StoredAsync(questionId))!.Feedback);
    }

    [Fact]
    public async Task Feedback_FromAColleagueInTheChannel_IsRefusedAndChangesNothing()
    {
        var questionId = await AskAsync(bot.Activity().InChannel(), mention: true);
        var colleague = bot.Activity().From("29:1-colleague", "c011ea90-0000-4000-8000-000000000001", "Kollege").InChannel();

        var response = await bot.SendAsync(colleague.Execute("ask.feedback", new JsonObject { ["questionId"] = questionId, ["helpful"] = true }));

        Assert.Contains(Refusal, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!.GetValue<string>());
        Assert.Null((await StoredAsync(questionId))!.Feedback);
    }

    [Fact]
    public async Task Feedback_ByTheAskerInTheChannel_IsStored()
    {
        var questionId = await AskAsync(bot.Activity().InChannel(), mention: true);

        var response = await bot.SendAsync(bot.Activity().InChannel().Execute("ask.feedback", new JsonObject { ["questionId"] = questionId, ["helpful"] = true }));

        Assert.Contains("application/vnd.microsoft.card.adaptive", await response.Content.ReadAsStringAsync());
        Assert.Equal("helpful", (await StoredAsync(questionId))!.Feedback);
    }

    [Fact]
    public async Task DidYouMean_FromAnotherTenant_AnswersWithoutCopyingTheQuestion()
    {
        var questionId = await AskAsync(bot.Activity());
        bot.Channel.ClearCalls();

        await bot.SendAsync(bot.Activity().InTenant(OtherTenant).Execute("ask.didyoumean", new JsonObject { ["questionId"] = questionId, ["serviceId"] = "wohngeld" }));

        Assert.NotNull(Assert.Single(bot.Channel.Messages).Card); // still answered, about the chosen service
        var records = await RecordsAsync();
        Assert.DoesNotContain(records, r => r.TenantId == OtherTenant && r.Question.Contains("Kleinquäppenried", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Feedback_ManyConcurrentRatingsByTheAsker_AllAnswerAndTheLastStoredOneIsShown()
    {
        var questionId = await AskAsync(bot.Activity());

        var responses = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => bot.SendAsync(bot.Activity().Execute("ask.feedback",
            new JsonObject { ["questionId"] = questionId, ["helpful"] = i % 2 == 0, ["reason"] = i % 2 == 0 ? null : $"Grund {i}" }))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        Assert.All(bodies, body => Assert.Contains("application/vnd.microsoft.card.adaptive", body)); // every rating thanked with the card
        var stored = (await StoredAsync(questionId))!;
        Assert.Equal(stored.Feedback == "unhelpful", stored.FeedbackReason is not null); // one rating, whole
    }

    private async Task<string> AskAsync(ActivityBuilder activity, bool mention = false)
    {
        await bot.SendAsync(mention ? activity.MentionMessage(Question) : activity.Message(Question));
        return PersonalDataScenario.LastQuestionId(bot);
    }

    private Task<QuestionRecord?> StoredAsync(string questionId) =>
        bot.Services.GetRequiredService<QuestionLog>().GetAsync(questionId, CancellationToken.None);

    private async Task<List<QuestionRecord>> RecordsAsync()
    {
        var records = new List<QuestionRecord>();
        await foreach (var record in bot.Services.GetRequiredService<QuestionLog>().ListAsync(CancellationToken.None))
        {
            records.Add(record);
        }

        return records;
    }
}
