using System.Diagnostics;
using System.Globalization;
using System.Net;
using KommunalBot.Bot.Features.Ask;
using KommunalBot.Bot.Features.Knowledge;
using KommunalBot.Bot.Resources;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Evaluation;

/// Asks the real bot every question of a file over HTTP, as Teams would, and grades what the clerk sees.
/// Each question gets its own user and personal chat, so no follow-up context leaks into the next one.
internal static class AskEvaluator
{
    /// The repository's knowledge/ and the AI assistant off are the bot's defaults; only the rate limits
    /// are lifted, since one tenant asks every question in quick succession.
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:KommunalBot"] = "Warning",
        ["Bot:UserBurst"] = "100000000",
        ["Bot:TenantBurst"] = "100000000",
    };

    public static async Task<EvaluationReport> RunAsync(IReadOnlyList<EvaluationQuestion> questions)
    {
        await using var bot = await BotApp.StartAsync(Settings);
        return await RunAsync(bot, questions);
    }

    private static async Task<EvaluationReport> RunAsync(BotApp bot, IReadOnlyList<EvaluationQuestion> questions)
    {
        var knowledge = bot.Services.GetRequiredService<KnowledgeHost>().Knowledge;
        var unknown = questions.Select(q => q.Expected).OfType<string>().Distinct().Where(id => knowledge.Get(id) is null).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidDataException($"Expected documents not in the knowledge base: {string.Join(", ", unknown)}");
        }

        var noAnswerTitle = bot.Services.GetRequiredService<Texts>().Get("noAnswerTitle", Texts.German);

        // One ungraded turn first, in a chat of its own: the first turn pays for JIT, the channel's OpenID
        // metadata and the bot's token, which would otherwise show up as the p95 latency of a short file.
        if (questions.Count > 0)
        {
            await AskAsync(bot, bot.Activity().From("29:eval-warm-up", Guid.NewGuid().ToString(), "Eval warm-up"), questions[0].Question, noAnswerTitle);
        }

        var results = new List<QuestionResult>(questions.Count);
        for (var i = 0; i < questions.Count; i++)
        {
            var question = questions[i];
            var user = string.Create(CultureInfo.InvariantCulture, $"29:eval-{i}");
            var chat = bot.Activity().From(user, Guid.NewGuid().ToString(), "Eval " + question.Id);
            if (question.Previous is { } previous)
            {
                await AskAsync(bot, chat, previous, noAnswerTitle);
            }

            var (reply, latency) = await AskAsync(bot, chat, question.Question, noAnswerTitle);
            var expectedTitle = question.Expected is { } expected ? knowledge.Get(expected)?.Title : null;
            results.Add(QuestionResult.Grade(question, reply, latency, expectedTitle));
        }

        return new EvaluationReport(results);
    }

    /// The bot replies within the turn (BotEndpoint answers the POST after the turn), so the reply has been
    /// recorded by the fake connector when the POST returns.
    private static async Task<(BotReply Reply, TimeSpan Latency)> AskAsync(BotApp bot, ActivityBuilder chat, string text, string noAnswerTitle)
    {
        var activity = chat.Message(text);
        var id = (string)activity["id"]!;
        var started = Stopwatch.GetTimestamp();
        using var response = await bot.SendAsync(activity);
        var latency = Stopwatch.GetElapsedTime(started);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The bot answered \"{text}\" with HTTP {(int)response.StatusCode}.");
        }

        var messages = bot.Channel.Messages.Where(m => m.ReplyToId == id).Select(m => m.Body).ToList();
        return (BotReply.Read(messages, noAnswerTitle), latency);
    }
}
