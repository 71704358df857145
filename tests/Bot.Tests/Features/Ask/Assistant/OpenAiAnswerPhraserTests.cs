using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Ask.Assistant;
using Microsoft.Extensions.Logging;

namespace KommunalBot.Bot.Tests.Features.Ask.Assistant;

/// The phraser against a fake OpenAI-compatible server on loopback, wired as in production.
public sealed class OpenAiAnswerPhraserTests
{
    private const string Question = "Wie kommt der Wohngeld-Antrag bei uns an?";
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    [Fact]
    public async Task TryPhrase_CitedAnswer_KeepsTextAndCitedSources()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.AnswerWith("Der Antrag kommt über FIT-Connect an [2]. Kompatibel ist EinsA [1].");
        await using var host = await AssistantHost.StartAsync(server.Endpoint);

        var phrased = await host.Phraser.TryPhraseAsync(Question, TestAnswers.Wohngeld(), German, CancellationToken.None);

        Assert.NotNull(phrased);
        Assert.Equal("Der Antrag kommt über FIT-Connect an [2]. Kompatibel ist EinsA [1].", phrased.Text);
        Assert.Equal([1, 2], phrased.Citations.Select(c => c.Number));
        Assert.Equal([TestAnswers.SteckbriefUrl, TestAnswers.FaqUrl], phrased.Citations.Select(c => c.Url));
        Assert.Equal(TestAnswers.FaqPassage, phrased.Citations[1].Snippet);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("Bearer test-key", request.Headers["Authorization"]);
    }

    [Fact]
    public async Task TryPhrase_OnlySourceOneCited_ReturnsOnlySourceOne()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.AnswerWith("Kompatibel ist EinsA [1].");
        await using var host = await AssistantHost.StartAsync(server.Endpoint);

        var phrased = await host.Phraser.TryPhraseAsync(Question, TestAnswers.Wohngeld(), German, CancellationToken.None);

        Assert.Equal([1], phrased!.Citations.Select(c => c.Number));
    }

    [Theory]
    [InlineData("Der Antrag kommt über FIT-Connect an.", "no-citation")]
    [InlineData("Das steht nicht in der Wissensbasis.", "no-citation")]
    [InlineData("Der Antrag kommt über FIT-Connect an [3].", "unknown-citation")]
    [InlineData("Der Antrag kommt an [1], über FIT-Connect [0].", "unknown-citation")]
    [InlineData("   ", "empty-output")]
    public async Task TryPhrase_OutputFailsCitationCheck_FallsBack(string output, string reason)
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.AnswerWith(output);
        await using var host = await AssistantHost.StartAsync(server.Endpoint);

        var phrased = await host.Phraser.TryPhraseAsync(Question, TestAnswers.Wohngeld(), German, CancellationToken.None);

        Assert.Null(phrased);
        Assert.Single(server.Requests);
        Assert.Contains(host.Logs.Entries, e => e.EventId == 2102 && e.Message.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TryPhrase_ServerNeverAnswers_FallsBackWithinTimeout()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.NeverAnswer();
        await using var host = await AssistantHost.StartAsync(server.Endpoint, timeout: TimeSpan.FromMilliseconds(200));
        var clock = Stopwatch.StartNew();

        var phrased = await host.Phraser.TryPhraseAsync(Question, TestAnswers.Wohngeld(), German, CancellationToken.None);

        // The server never answers: only the configured timeout can end the call (HttpClient's own is 100 s).
        // The bound is generous so a loaded CI machine cannot make it flaky; the log says it was the timeout.
        Assert.Null(phrased);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.Contains(host.Logs.Entries, e => e is { EventId: 2103, Level: LogLevel.Warning });
    }

    [Fact]
    public async Task TryPhrase_CallerCancels_Throws()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.NeverAnswer();
        await using var host = await AssistantHost.StartAsync(server.Endpoint);
        using var turn = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => host.Phraser.TryPhraseAsync(Question, TestAnswers.Wohngeld(), German, turn.Token));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(429)]
    [InlineData(401)]
    public async Task TryPhrase_HttpError_FallsBackWithoutRetry(int status)
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.FailWith(status);
        await using var host = await AssistantHost.StartAsync(server.Endpoint);

        var phrased = await host.Phraser.TryPhraseAsync(Question, TestAnswers.Wohngeld(), German, CancellationToken.None);

        Assert.Null(phrased);
        Assert.Single(server.Requests);
        Assert.Contains(host.Logs.Entries, e => e is { EventId: 2104, Level: LogLevel.Warning } && e.Message.Contains($"{status}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TryPhrase_ServerUnreachable_FallsBack()
    {
        var server = await FakeOpenAiServer.StartAsync();
        var endpoint = server.Endpoint;
        await server.DisposeAsync();
        await using var host = await AssistantHost.StartAsync(endpoint);

        var phrased = await host.Phraser.TryPhraseAsync(Question, TestAnswers.Wohngeld(), German, CancellationToken.None);

        Assert.Null(phrased);
        Assert.Contains(host.Logs.Entries, e => e is { EventId: 2105, Level: LogLevel.Warning });
    }

    [Fact]
    public async Task TryPhrase_QuestionWithPersonalData_SendsOnlyRedactedQuestionAndNumberedMaterial()
    {
        const string tenantId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
        await using var server = await FakeOpenAiServer.StartAsync();
        server.AnswerWith("Über FIT-Connect [2].");
        await using var host = await AssistantHost.StartAsync(server.Endpoint);
        var question = $"Hier Frau Schmidt (anna.schmidt@musterstadt.de, 089/1234567, Tenant {tenantId}): {Question}";

        await host.Phraser.TryPhraseAsync(question, TestAnswers.Wohngeld(), German, CancellationToken.None);

        var request = Assert.Single(server.Requests);
        var sent = request.Body + string.Join('\n', request.Headers.Select(h => $"{h.Key}: {h.Value}"));
        foreach (var personal in new[] { "Schmidt", "anna.schmidt", "musterstadt.de", "1234567", tenantId })
        {
            Assert.DoesNotContain(personal, sent, StringComparison.OrdinalIgnoreCase);
        }

        var messages = JsonNode.Parse(request.Body)!["messages"]!.AsArray();
        var user = messages.Single(m => (string?)m!["role"] == "user")!["content"]!.ToString();
        Assert.Contains("Frau [Name] ([E-Mail], [Telefon], Tenant [ID]): " + Question, user, StringComparison.Ordinal);
        Assert.Contains("[1] Dataport Steckbrief Wohngeld", user, StringComparison.Ordinal);
        Assert.Contains("- Fachverfahren: " + TestAnswers.FactText, user, StringComparison.Ordinal);
        Assert.Contains("[2] FITKO FAQ FIT-Connect", user, StringComparison.Ordinal);
        Assert.Contains(TestAnswers.FaqPassage, user, StringComparison.Ordinal);
        Assert.Equal("test-model", (string?)JsonNode.Parse(request.Body)!["model"]);
        Assert.Null(JsonNode.Parse(request.Body)!["user"]);
        Assert.DoesNotContain(host.Logs.Entries, e => e.Level > LogLevel.Debug && e.Message.Contains("Wohngeld-Antrag", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Entries, e => e.Message.Contains("test-key", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TryPhrase_EnglishCulture_AsksInEnglish()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.AnswerWith("Via FIT-Connect [2].");
        await using var host = await AssistantHost.StartAsync(server.Endpoint);

        await host.Phraser.TryPhraseAsync("How do applications arrive?", TestAnswers.Wohngeld(), CultureInfo.GetCultureInfo("en-GB"), CancellationToken.None);

        var system = JsonNode.Parse(Assert.Single(server.Requests).Body)!["messages"]![0]!["content"]!.ToString();
        Assert.Contains(AssistantPrompt.NotInKnowledgeBaseEn, system, StringComparison.Ordinal);
        Assert.Contains("Question: How do applications arrive?", server.Requests[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryPhrase_AnswerWithoutSources_FallsBackWithoutCallingTheModel()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        await using var host = await AssistantHost.StartAsync(server.Endpoint);

        var phrased = await host.Phraser.TryPhraseAsync(Question, TestAnswers.WithoutSources(), German, CancellationToken.None);

        Assert.Null(phrased);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task TryPhrase_Disabled_ReturnsNullWithoutHttpCall()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.AnswerWith("Über FIT-Connect [2].");
        await using var host = await AssistantHost.StartAsync(server.Endpoint, enabled: false);

        var phrased = await host.Phraser.TryPhraseAsync(Question, TestAnswers.Wohngeld(), German, CancellationToken.None);

        Assert.Null(phrased);
        Assert.IsType<NoAnswerPhraser>(host.Phraser);
        Assert.Empty(server.Requests);
    }
}
