using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Tests.Evaluation;

namespace KommunalBot.Knowledge.Tests.Content;

/// <summary>The shipped knowledge base (knowledge/) states every fact with a source, except the acknowledged ones.</summary>
public sealed class RealContentSourcesTests
{
    /// <summary>Facts (file and field) whose source the collected material does not tell; editors should find it or drop the fact.</summary>
    private static readonly string[] Acknowledged =
    [
        // "SH: Roll-out 1. Halbjahr 2026": the fact collection names two sources for the whole service (Bremen's press
        // release of 02/2022 and VfSt's product page); neither can be told to say it.
        "steckbriefe/eheschliessung.yaml status.laender[0]",
    ];

    [Fact]
    public void RealKnowledge_UnsourcedFacts_AreExactlyTheAcknowledgedOnes()
    {
        var load = KnowledgeLoader.Load(Path.Combine(EvaluationTests.RepositoryRoot(), "knowledge"), LoadMode.Strict);
        Assert.True(load.Succeeded, string.Join("\n", load.Problems));

        var unsourced = KnowledgeBase.Create(load).UnsourcedFacts();

        Assert.True(
            unsourced.Select(f => $"{f.File} {f.Field}").SequenceEqual(Acknowledged),
            "unsourced facts now:\n" + string.Join("\n", unsourced));
    }
}
