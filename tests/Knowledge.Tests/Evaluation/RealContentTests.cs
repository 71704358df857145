using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Search;

namespace KommunalBot.Knowledge.Tests.Evaluation;

/// <summary>Everyday questions clerks type, against the real content (knowledge/): glossary words and ranking rules.</summary>
public sealed class RealContentTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Create(
        KnowledgeLoader.Load(Path.Combine(EvaluationTests.RepositoryRoot(), "knowledge"), LoadMode.Strict));

    [Theory]
    [InlineData("perso verloren")]
    [InlineData("perso sperren lassen")]
    public void Search_ColloquialPerso_FindsPersonalausweis(string question)
    {
        var top = Kb.Search(new SearchQuery { Text = question, Top = 3 }).Hits.Select(h => h.Document.Title);

        Assert.Contains(top, title => title.Contains("Personalausweis", StringComparison.Ordinal));
    }

    [Fact]
    public void Answer_PlainWordNamesOnlyCatalogueRows_FacetWordTopicWinsClearly()
    {
        // "löschen" and "sofort" match LeiKa titles; the question is about the FIT-Connect Zustellpunkt.
        var hits = Kb.Answer("zustellpunkt sofort löschen möglich?").Hits;

        Assert.Equal("faq-fit-connect-zustellpunkt", hits[0].Document.Id);
        Assert.True(hits[0].Score >= 1.5 * hits[1].Score, $"{hits[0].Score} vs {hits[1].Document.Id} {hits[1].Score}");
    }
}
