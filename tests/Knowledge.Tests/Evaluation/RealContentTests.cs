using KommunalBot.Knowledge.Answers;
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
    public void Answer_PlainWordNamesOnlyCatalogueRows_FacetWordTopicWins()
    {
        // "löschen" and "sofort" match LeiKa titles; the question is about the FIT-Connect Zustellpunkt.
        var answer = Kb.Answer("zustellpunkt sofort löschen möglich?");

        Assert.Equal("faq-fit-connect-zustellpunkt", answer.Hits[0].Document.Id);
        Assert.DoesNotContain(answer.Hits, h => h.Document.Type is DocumentType.LeikaLeistung or DocumentType.OzgLeistung);
    }

    [Fact]
    public void Answer_QuestionNamingAnFaq_IsANewTopicNotAFollowUp()
    {
        var answer = Kb.Answer("Wie funktioniert die Nachnutzung über den FIT-Store?", new AnswerContext("einbuergerung"));

        Assert.False(answer.UsedContext);
        Assert.Equal("faq-fit-store", answer.Hits[0].Document.Id);
    }

    [Theory]
    [InlineData("und welche Transportwege?")]
    [InlineData("was kostet das?")]
    public void Answer_EllipticQuestion_FollowsUpOnThePreviousService(string question)
    {
        var answer = Kb.Answer(question, new AnswerContext("wohngeld"));

        Assert.True(answer.UsedContext);
        Assert.Equal("wohngeld", answer.Services[0].Id);
    }
}
