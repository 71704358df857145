using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Ask;

/// Card actions carry whatever a client sends: a wrong type, a forged id or an endless string gets a
/// friendly answer, never an error.
public sealed class CardActionInputTests : BotTest
{
    private const string Unavailable = "Diese Schaltfläche gehört zu einer älteren Nachricht";
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TheoryData<string> BadIds => new()
    {
        "\"\"", "\"..\"", "\"x/..\"", "\"q-\\u0001\"", "\"" + new string('q', 600) + "\"", "\"q-20260101000000-0123456789abcd/..\"",
        "\"q-20260101000000-0123456789abcde\\n\"", "42", "true", "{}", "[]", "null",
    };

    [Theory]
    [MemberData(nameof(BadIds))]
    public async Task Feedback_WithABadQuestionId_SaysTheButtonNoLongerWorks(string questionId)
    {
        var body = await ExecuteAsync("ask.feedback", $$"""{"questionId":{{questionId}},"helpful":true}""");

        Assert.Contains(Unavailable, body);
    }

    [Theory]
    [MemberData(nameof(BadIds))]
    public async Task DidYouMean_WithABadServiceOrQuestionId_SaysTheButtonNoLongerWorks(string id)
    {
        var badService = await ExecuteAsync("ask.didyoumean", $$"""{"questionId":{{id}},"serviceId":{{id}}}""");

        Assert.Contains(Unavailable, badService);
    }

    [Theory]
    [MemberData(nameof(BadIds))]
    public async Task DidYouMean_WithABadQuestionIdButAKnownService_AnswersAboutTheService(string questionId)
    {
        var body = await ExecuteAsync("ask.didyoumean", $$"""{"questionId":{{questionId}},"serviceId":"wohngeld"}""");

        Assert.Contains("application/vnd.microsoft.activity.message", body);
        Assert.Contains("Wohngeld", Assert.Single(bot.Channel.Messages).CardJson);
    }

    [Theory]
    [MemberData(nameof(BadIds))]
    public async Task Steckbrief_WithABadServiceId_SaysTheButtonNoLongerWorks(string serviceId)
    {
        var body = await ExecuteAsync("ask.steckbrief", $$"""{"serviceId":{{serviceId}}}""");

        Assert.Contains(Unavailable, body);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("\"2\"")]
    [InlineData("1e40")]
    [InlineData("-5")]
    public async Task Services_WithAPageOfTheWrongKind_ShowsAPage(string page)
    {
        var body = await ExecuteAsync("ask.services", $$"""{"themenfeld":"Familie & Kind","page":{{page}}}""");

        Assert.Contains("ask.steckbrief", body);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("{}")]
    [InlineData("[\"Familie & Kind\"]")]
    public async Task Services_WithAThemenfeldOfTheWrongKind_ShowsTheThemenfelder(string themenfeld)
    {
        var body = await ExecuteAsync("ask.services", $$"""{"themenfeld":{{themenfeld}},"page":1}""");

        Assert.Contains("ask.services", body);
    }

    [Fact]
    public async Task Feedback_WithAnOverlongReason_IsStoredShortened()
    {
        await bot.SendAsync(bot.Activity().Message("Blubb quark zebra fliegt"));
        await bot.SendAsync(bot.Activity().Message("Über welchen Transportweg kommen Wohngeld-Anträge in die Behörde?"));
        var questionId = Privacy.PersonalDataScenario.LastQuestionId(bot);

        // Over the reason's 500 characters, under the 2,000 that any card field may have at all.
        var body = await ExecuteAsync("ask.feedback", $$"""{"questionId":"{{questionId}}","helpful":false,"reason":"{{new string('x', 1_500)}}"}""");

        Assert.Contains("application/vnd.microsoft.card.adaptive", body);
        var gaps = await bot.AdminAsync(HttpMethod.Get, "/admin/knowledge-gaps", BotApp.EditorObjectId);
        var reason = JsonNode.Parse(await gaps.Content.ReadAsStringAsync())!.AsArray()
            .SelectMany(g => g!["reasons"]!.AsArray()).Single()!.GetValue<string>();
        Assert.Equal(500, reason.Length);
    }

    [Fact]
    public async Task Steckbrief_ForAnOverlongUnknownName_QuotesOnlyItsBeginning()
    {
        await bot.SendAsync(bot.Activity().Message("steckbrief " + string.Concat(Enumerable.Repeat("Wetterbericht ", 60))));

        var reply = Assert.Single(bot.Channel.Messages).Text!;
        Assert.Contains("Wetterbericht", reply);
        Assert.Contains("…", reply);
        Assert.True(reply.Length < 300, reply);
    }

    private async Task<string> ExecuteAsync(string verb, string data)
    {
        var activity = bot.Activity().Execute(verb);
        activity["value"]!["action"]!["data"] = JsonNode.Parse(data);
        var response = await bot.SendAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Re-serialised without escaping, so the texts read as the user sees them.
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.ToJsonString(Readable);
    }
}
