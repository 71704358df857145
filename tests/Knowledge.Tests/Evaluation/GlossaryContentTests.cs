using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Search;

namespace KommunalBot.Knowledge.Tests.Evaluation;

/// <summary>Everyday words clerks type, resolved through the real glossary (knowledge/glossar.yaml).</summary>
public sealed class GlossaryContentTests
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
}
