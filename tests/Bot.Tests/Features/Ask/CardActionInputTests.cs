using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Ask;
using KommunalBot.Bot.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KommunalBot.Bot.Tests.Features.Ask;

/// Card actions carry whatever a client sends: a wrong type, a forged id or an endless string gets a
/// friendly answer, never an error.
public sealed class CardActionInputTests : BotTest
{
    private const string Unavailable = "Diese Schaltfläche gehört zu einer älteren Nachricht";
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// Strings no question id can be: refused before any store key is built from them.
    public static TheoryData<string> BadIdStrings => new()
    {
        "\"\"", "\"..\"", "\"x/..\"", "\"q-\\u0001\"", "\"" + new string('q', 600) + "\"", "\"q-20260101000000-0123456789abcd/..\"",
        "\"q-20260101000000-0123456789abcde\\n\"",
    };

    /// Values of another JSON kind: no card of ours sends them, so the whole payload is refused.
    public static TheoryData<string> WrongKinds => new() { "42", "true", "{}", "[]", "null" };

    public static TheoryData<string> BadIds => new([.. BadIdStrings, .. WrongKinds]);

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
    [MemberData(nameof(BadIdStrings))]
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
    [MemberData(nameof(WrongKinds))]
    public async Task DidYouMean_WithAQuestionIdOfTheWrongKind_SaysTheButtonNoLongerWorks(string questionId)
    {
        var body = await ExecuteAsync("ask.didyoumean", $$"""{"questionId":{{questionId}},"serviceId":"wohngeld"}""");

        Assert.Contains(Unavailable, body);
        Assert.Empty(bot.Channel.Messages);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("99")]
    public async Task Services_WithAPageOutOfRange_ShowsTheNearestPage(string page)
    {
        var body = await ExecuteAsync("ask.services", $$"""{"themenfeld":"Familie & Kind","page":{{page}}}""");

        Assert.Contains("ask.steckbrief", body);
    }

    /// A page or payload no card of ours sends (a number as text, a fraction, an unknown field) shows the
    /// Themenfelder to start again from.
    [Theory]
    [InlineData("""{"themenfeld":"Familie & Kind","page":true}""")]
    [InlineData("""{"themenfeld":"Familie & Kind","page":{}}""")]
    [InlineData("""{"themenfeld":"Familie & Kind","page":[]}""")]
    [InlineData("""{"themenfeld":"Familie & Kind","page":null}""")]
    [InlineData("""{"themenfeld":"Familie & Kind","page":"2"}""")]
    [InlineData("""{"themenfeld":"Familie & Kind","page":1e40}""")]
    [InlineData("""{"themenfeld":"Familie & Kind","page":1.5}""")]
    [InlineData("""{"themenfeld":"Familie & Kind"}""")]
    [InlineData("""{"themenfeld":"Familie & Kind","page":1,"pageSize":500}""")]
    public async Task Services_WithAPayloadNoCardSends_ShowsTheThemenfelder(string data)
    {
        var body = await ExecuteAsync("ask.services", data);

        Assert.Contains("ask.services", body);
        Assert.DoesNotContain("ask.steckbrief", body);
    }

    /// Forged ratings: "true" as text, a missing or null rating, a field our card never sends. Nothing is stored.
    [Theory]
    [InlineData("""{"questionId":"ID","helpful":"true"}""")]
    [InlineData("""{"questionId":"ID","helpful":1}""")]
    [InlineData("""{"questionId":"ID","helpful":null}""")]
    [InlineData("""{"questionId":"ID"}""")]
    [InlineData("""{"questionId":"ID","helpful":false,"feedback":"helpful"}""")]
    [InlineData("""{"questionId":"ID","helpful":false,"helpful":true}""")]
    public async Task Feedback_WithAPayloadNoCardSends_IsRefusedAndStoresNothing(string data)
    {
        await bot.SendAsync(bot.Activity().Message("Über welchen Transportweg kommen Wohngeld-Anträge in die Behörde?"));
        var questionId = Privacy.PersonalDataScenario.LastQuestionId(bot);

        var body = await ExecuteAsync("ask.feedback", data.Replace("ID", questionId, StringComparison.Ordinal));

        Assert.Contains(Unavailable, body);
        var stored = await bot.Services.GetRequiredService<QuestionLog>().GetAsync(questionId, CancellationToken.None);
        Assert.Null(stored!.Feedback);
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

    /// Invalid UTF-16 (a lone surrogate) cannot be built with JsonNode, so the body is written by hand.
    [Theory]
    [InlineData("ask.feedback", """{"questionId":"q-\ud800","helpful":true}""")]
    [InlineData("ask.steckbrief", """{"serviceId":"\ud800"}""")]
    [InlineData("ask.services", """{"themenfeld":"\udc00x","page":1}""")]
    public async Task Action_WithALoneSurrogateInItsData_IsAnsweredWithoutAnError(string verb, string data)
    {
        var marker = new JsonObject { ["data"] = "DATA" };
        var body = bot.Activity().Execute(verb, marker).ToJsonString().Replace("""{"data":"DATA"}""", data, StringComparison.Ordinal);

        var response = await bot.PostAsync(body, "Bearer " + bot.Channel.CreateToken(bot.AppId, bot.Clock.GetUtcNow()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
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
