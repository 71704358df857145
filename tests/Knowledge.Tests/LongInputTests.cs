using System.Diagnostics;
using System.Text;
using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Search;
using KommunalBot.Knowledge.Tests.Evaluation;
using KommunalBot.Knowledge.Text;

namespace KommunalBot.Knowledge.Tests;

/// <summary>
/// One chat message must not hold the CPU: a probe's 28,000-character "steckbrief" name took 18 s, 100,000 characters
/// about 280 s. The ceilings are far above today's cost (well under 20 ms) and far below the old seconds, so a busy
/// 2-core machine does not flake; a warm-up call keeps start-up work (JIT, compiled regexes) out of them.
/// </summary>
public sealed class LongInputTests
{
    private const int FindServiceCeilingMs = 100; // the end-to-end bound for a 28,000-character steckbrief
    private const int AnswerCeilingMs = 1000; // an answer may cost some milliseconds; the old paths cost seconds

    private static readonly KnowledgeBase Kb = KnowledgeBase.Create(
        KnowledgeLoader.Load(Path.Combine(EvaluationTests.RepositoryRoot(), "knowledge"), LoadMode.Strict));

    public static TheoryData<string, int> Inputs => new()
    {
        { "words", 28_000 }, { "word", 28_000 }, { "random", 28_000 }, { "symbols", 28_000 },
        { "words", 100_000 }, { "word", 100_000 }, { "random", 100_000 }, { "symbols", 100_000 },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void FindService_HugeName_NamesNoServiceWithinCeiling(string kind, int length)
    {
        var name = Text(kind, length);
        Kb.FindService("Wohngeld");

        var (found, elapsedMs) = Timed(() => Kb.FindService(name));

        Assert.Null(found);
        Assert.True(elapsedMs < FindServiceCeilingMs, $"{kind} {length}: {elapsedMs} ms");
    }

    [Theory]
    [InlineData("Vereinsfest digital")]
    [InlineData("Jagdschein digital")]
    public void FindService_LongUnknownNameBeforeServiceWords_NamesNoService(string words) =>
        Assert.Null(Kb.FindService(Repeat("Xylophonorchesterprobe ", 28_000) + words));

    [Fact]
    public void FindService_UnknownWordBeforeServiceName_NamesNoServiceButSuggestsIt()
    {
        Assert.Null(Kb.FindService("Xylophonorchesterprobe Jagdschein digital"));
        Assert.Contains(Kb.SimilarServices("Xylophonorchesterprobe Jagdschein digital", 3), d => d.Id == "jagdschein-digital");
    }

    [Theory]
    [InlineData("wohngeld")]
    [InlineData("Wohngeld")]
    [InlineData("Wohngelt")]
    public void FindService_NameIdOrTypo_StillFindsService(string name) =>
        Assert.Equal("wohngeld", Kb.FindService(name)?.Id);

    [Fact]
    public void FindService_EveryServiceNameAndSynonym_FitsTheNameLimitTwice()
    {
        var names = Kb.Services.Values.SelectMany(list => list).SelectMany(d => d.Synonyms.Prepend(d.Title)).ToList();

        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.True(name.Length <= InputLimits.MaxNameLength / 2, name));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Answer_HugeQuestion_IsBelowTheAnswerThresholdWithinCeiling(string kind, int length)
    {
        var question = Text(kind, length);
        Kb.Answer("Was kostet Wohngeld?");

        var (answer, elapsedMs) = Timed(() => Kb.Answer(question));

        // Repeated "Wohngeld Antrag digital" is a question about Wohngeld; everything else is no question.
        Assert.True(answer.Confidence < KnowledgeBase.AnswerThreshold || answer.Hits[0].Document.Id == "wohngeld", $"{kind} {length}: confidence {answer.Confidence}");
        Assert.True(elapsedMs < AnswerCeilingMs, $"{kind} {length}: {elapsedMs} ms");
    }

    [Fact]
    public void Answer_QuestionFollowedByPastedText_AnswersTheQuestion()
    {
        var answer = Kb.Answer("Welche Fachverfahren sind mit Wohngeld kompatibel? " + Text("random", 28_000));

        Assert.Equal("wohngeld", answer.Services[0].Id);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Search_HugeText_ReturnsWithinCeiling(string kind, int length)
    {
        var text = Text(kind, length);
        Kb.Search(new SearchQuery { Text = "Wohngeld" });

        var (results, elapsedMs) = Timed(() => Kb.Search(new SearchQuery { Text = text, Top = 5 }));

        Assert.True(results.Hits.Count <= 5);
        Assert.True(elapsedMs < AnswerCeilingMs, $"{kind} {length}: {elapsedMs} ms");
    }

    [Fact]
    public void Search_TopOfIntMaxValue_ReturnsHitsInsteadOfThrowing()
    {
        var hits = Kb.Search(new SearchQuery { Text = "Wohngeld", Top = int.MaxValue }).Hits;

        Assert.Equal("wohngeld", hits[0].Document.Id);
    }

    private static string Text(string kind, int length) => kind switch
    {
        "words" => Repeat("Wohngeld Antrag digital ", length),
        "word" => Repeat("wohngeld", length),
        "random" => RandomLetters(length),
        _ => Repeat("!?.,;: 😀👍🏽 \uD800 \uDC00x e\u0301\u0308 -- a-b-c- ß Ä \u200B ﬁ ① １２ ", length),
    };

    private static string Repeat(string part, int length)
    {
        var builder = new StringBuilder(length + part.Length);
        while (builder.Length < length)
        {
            builder.Append(part);
        }

        return builder.ToString(0, length);
    }

    private static string RandomLetters(int length)
    {
        var random = new Random(length); // seeded: the same input on every run
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)('a' + random.Next(26));
        }

        return new string(chars);
    }

    /// The call's result and how long it took, in milliseconds.
    private static (T Result, long ElapsedMs) Timed<T>(Func<T> call)
    {
        var watch = Stopwatch.StartNew();
        var result = call();
        return (result, watch.ElapsedMilliseconds);
    }
}
