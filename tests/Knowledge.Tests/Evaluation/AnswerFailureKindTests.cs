using KommunalBot.Knowledge.Answers;
using KommunalBot.Knowledge.Content;

namespace KommunalBot.Knowledge.Tests.Evaluation;

/// <summary>
/// The failure kinds measured from outside, each with questions of our own over the real knowledge base:
/// right document without an answer, confident answers about the wrong or an unknown service, follow-ups that
/// override a new question, the wrong FAQ, "Meinten Sie" loops and noise among the Fundstellen.
/// </summary>
public sealed class AnswerFailureKindTests
{
    private static readonly Lazy<KnowledgeBase> Shared = new(() =>
        KnowledgeBase.Create(KnowledgeLoader.Load(Path.Combine(EvaluationTests.RepositoryRoot(), "knowledge"), LoadMode.Strict)));

    private static KnowledgeBase Kb => Shared.Value;

    // 1. The right document answers, although the question names no service.
    [Theory]
    [InlineData("Was ist eigentlich ePayBL?", "faq-epaybl-bezahlkomponente")]
    [InlineData("Wie wird die Digitalumlage berechnet?", "faq-digitalumlage-bayern")]
    [InlineData("Wer trägt einen Eintrag ins DVDV ein?", "faq-dvdv-eintrag")]
    public void QuestionWithoutService_RightArticle_IsAnswered(string question, string expected)
    {
        var answer = Kb.Answer(question);

        Assert.Equal(expected, answer.Hits[0].Document.Id);
        Assert.True(answer.Confidence >= KnowledgeBase.AnswerThreshold, $"confidence {answer.Confidence:F2}");
    }

    // 2. A made-up service gets the honest no-answer naming it, never another service's facts.
    [Theory]
    [InlineData("Was kostet die Maibaum-Anzeige digital?", "Maibaum-Anzeige")]
    [InlineData("Welches Fachverfahren nutzt der Onlinedienst Glühweinstand-Erlaubnis?", "Glühweinstand-Erlaubnis")]
    [InlineData("Wer betreibt den EfA-Dienst Kirchweih-Genehmigung?", "Kirchweih-Genehmigung")]
    public void UnknownService_IsNotAnswered_AndNamed(string question, string unknown)
    {
        var answer = Kb.Answer(question);

        Assert.True(answer.Confidence < KnowledgeBase.AnswerThreshold, $"confidence {answer.Confidence:F2}, top {answer.Hits.FirstOrDefault()?.Document.Id}");
        Assert.Contains(unknown, answer.UnknownWords);
    }

    // Only the OZG/LeiKa catalogue knows it: its row can say which OZG-Leistung it is, not what it costs.
    [Fact]
    public void CatalogueOnlyService_AnswersCatalogueQuestions_NotFacetQuestions()
    {
        var catalogue = Kb.Answer("Zu welcher OZG-Leistung gehört die Flugplatz-Genehmigung?");
        var costs = Kb.Answer("Was kostet uns der Onlinedienst Flugplatz-Genehmigung?");

        Assert.True(catalogue.Confidence >= KnowledgeBase.AnswerThreshold, $"catalogue {catalogue.Confidence:F2}");
        Assert.NotNull(catalogue.Hits[0].Document.Catalog);
        Assert.True(costs.Confidence < KnowledgeBase.AnswerThreshold, $"costs {costs.Confidence:F2} from {costs.Hits.FirstOrDefault()?.Document.Id}");
    }

    [Theory]
    [InlineData("Kirchweih digital")]
    [InlineData("Hundeführerschein")]
    public void Steckbrief_UnknownName_IsNotFound_ButNearNamesAreOffered(string name)
    {
        Assert.Null(Kb.FindService(name));
        Assert.NotEmpty(Kb.SimilarServices(name, 3));
    }

    [Theory]
    [InlineData("Einbürgerung online", "einbuergerung")]
    [InlineData("wohngelt", "wohngeld")]
    public void Steckbrief_NameOrCloseTypo_IsFound(string name, string expected) =>
        Assert.Equal(expected, Kb.FindService(name)?.Id);

    // 3. The previous service applies to a follow-up only, never to a question with its own subject.
    [Fact]
    public void NewQuestionWithOwnSubject_IgnoresThePreviousService()
    {
        var answer = Kb.Answer("Wie hoch sind die Parkgebühren in Landshut?", new AnswerContext("einbuergerung"));

        Assert.False(answer.UsedContext);
        Assert.True(answer.Confidence < KnowledgeBase.AnswerThreshold, $"confidence {answer.Confidence:F2}");
    }

    [Theory]
    [InlineData("und die Kosten?")]
    [InlineData("wer betreibt den eigentlich?")]
    public void FollowUp_UsesThePreviousService(string question)
    {
        var answer = Kb.Answer(question, new AnswerContext("einbuergerung"));

        Assert.True(answer.UsedContext);
        Assert.Equal("einbuergerung", answer.Hits[0].Document.Id);
    }

    // 4. A two-part question gets both parts.
    [Fact]
    public void TwoPartQuestion_GetsFactsOfBothFacets()
    {
        var answer = Kb.Answer("Über welchen Transportweg kommt die Einbürgerung an und was kostet sie?");

        Assert.Equal("einbuergerung", answer.Hits[0].Document.Id);
        Assert.Contains(Facet.Transportweg, answer.Facets);
        Assert.Contains(Facet.Kosten, answer.Facets);
        Assert.Contains(answer.DirectFacts, f => f.Value.Contains("1.800", StringComparison.Ordinal));
        Assert.Contains(answer.DirectFacts, f => f.Label.Contains("OSCI", StringComparison.Ordinal));
    }

    // 5. The FAQ whose words answer the question wins over the general one.
    [Fact]
    public void SpecificFaq_WinsOverTheGeneralOne()
    {
        var answer = Kb.Answer("Was müssen wir einrichten, damit ein FIT-Connect-Zustellpunkt Anträge empfängt?");

        Assert.StartsWith("faq-fit-connect-zustellpunkt", answer.Hits[0].Document.Id, StringComparison.Ordinal);
    }

    // 6. "Meinten Sie X" answers the question for X; Fundstellen explain the question as well as the answer.
    [Fact]
    public void ChosenService_AnswersTheSameQuestionForIt()
    {
        var answer = Kb.Answer("Was kostet die Maibaum-Anzeige digital?", new AnswerContext(null, SubjectServiceId: "gewerbeanzeige-wsp-nrw"));

        Assert.Equal("gewerbeanzeige-wsp-nrw", answer.Hits[0].Document.Id);
        Assert.Equal(Facet.Kosten, answer.Facet);
        Assert.NotEmpty(answer.DirectFacts);
    }

    [Fact]
    public void Fundstellen_AreOnlyDocumentsThatExplainTheQuestion()
    {
        var answer = Kb.Answer("Was kostet ein OSCI-Zertifikat?");

        Assert.Equal("faq-osci-zertifikat-kosten", answer.Hits[0].Document.Id);
        Assert.DoesNotContain(answer.Hits, h => h.Document.Id is "wohnraum-id" or "sozialplattform");
        Assert.True(answer.Hits.Count <= 3);
    }
}
