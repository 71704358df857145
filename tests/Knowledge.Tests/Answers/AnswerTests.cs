using KommunalBot.Knowledge.Answers;
using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Tests.TestSupport;

namespace KommunalBot.Knowledge.Tests.Answers;

public sealed class AnswerTests
{
    private static readonly KnowledgeBase Kb = Fixture.KnowledgeBase();

    [Fact]
    public void Answer_FachverfahrenQuestion_ListsProductsWithVendorsFromTheSteckbrief()
    {
        var answer = Kb.Answer("Welche Fachverfahren sind mit Wohngeld kompatibel?");

        Assert.Equal(Facet.Fachverfahren, answer.Facet);
        Assert.Equal("wohngeld", answer.Services[0].Id);
        Assert.Equal(["WoGG-Fachverfahren Alpha", "Wohngeld Beta"], answer.DirectFacts.Select(f => f.Label));
        Assert.Contains("Beispiel GmbH", answer.DirectFacts[0].Value, StringComparison.Ordinal);
        Assert.Equal("https://example.org/wohngeld", answer.DirectFacts[0].SourceUrl);
        Assert.Contains(answer.Sources, s => s.Url == "https://example.org/wohngeld" && s.Date == "2025-08");
        Assert.NotEmpty(answer.Passages);
        Assert.InRange(answer.Confidence, 0.5, 1.0);
    }

    [Fact]
    public void Answer_EveryFactValue_ComesFromTheDocument()
    {
        var answer = Kb.Answer("Wie kommen die Anträge zum Einbürgerungsantrag, welcher Transportweg?");
        var yaml = File.ReadAllText(Path.Combine(Fixture.Root, "steckbriefe", "einbuergerung.yaml"));

        Assert.Equal(Facet.Transportweg, answer.Facet);
        Assert.NotEmpty(answer.DirectFacts);
        Assert.All(answer.DirectFacts, f => Assert.Contains(f.Label, yaml, StringComparison.Ordinal));
        Assert.All(answer.DirectFacts, f => Assert.Contains(f.Value, yaml, StringComparison.Ordinal));
    }

    [Fact]
    public void Answer_FollowUpWithoutService_UsesPreviousService()
    {
        var answer = Kb.Answer("und welche Transportwege?", new AnswerContext("wohngeld"));

        Assert.True(answer.UsedContext);
        Assert.Equal("wohngeld", answer.Services[0].Id);
        Assert.Equal(Facet.Transportweg, answer.Facet);
        Assert.Equal(["OSCI/XTA", "FIT-Connect"], answer.DirectFacts.Select(f => f.Label));
    }

    [Fact]
    public void Answer_OnlyFacetWords_UsesPreviousService()
    {
        var answer = Kb.Answer("Was kostet das?", new AnswerContext("einbuergerung"));

        Assert.True(answer.UsedContext);
        Assert.Contains(answer.DirectFacts, f => f.Label == "Kosten" && f.Value.Contains("1.800", StringComparison.Ordinal));
    }

    [Fact]
    public void Answer_NoServiceNamedAndNoContext_GivesNoFactsAndLowConfidence()
    {
        var answer = Kb.Answer("Welche Transportwege gibt es?");

        Assert.Equal(Facet.Transportweg, answer.Facet);
        Assert.Empty(answer.DirectFacts);
        Assert.True(answer.Confidence < 0.3, answer.Confidence.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Answer_OffTopicQuestion_HasLowConfidence() =>
        Assert.True(Kb.Answer("Wie wird das Wetter morgen in Musterstadt?").Confidence < KnowledgeBase.AnswerThreshold);

    [Fact]
    public void Answer_QuestionNamingAService_IgnoresPreviousService()
    {
        var answer = Kb.Answer("Welche Transportwege hat die Einbürgerung?", new AnswerContext("wohngeld"));

        Assert.False(answer.UsedContext);
        Assert.Equal("einbuergerung", answer.Services[0].Id);
    }

    [Fact]
    public void Answer_CostQuestion_ReturnsCostFact()
    {
        var answer = Kb.Answer("Was kostet die Anbindung an die Einbürgerung?");

        Assert.Equal(Facet.Kosten, answer.Facet);
        Assert.Contains(answer.DirectFacts, f => f.Label == "Kosten" && f.Value.Contains("1.800", StringComparison.Ordinal));
    }

    [Fact]
    public void Answer_CatalogueQuestion_ReturnsOzgFacts()
    {
        var answer = Kb.Answer("Zu welcher OZG-Leistung gehört die Hundesteuer Befreiung?");

        Assert.Equal("leika-99102013010000", answer.Hits[0].Document.Id);
        Assert.Contains(answer.DirectFacts, f => f.Label == "OZG-Leistung" && f.Value == "Hundehaltung (OZG-ID 10160)");
    }

    [Fact]
    public void Answer_AmbiguousQuestion_OffersDidYouMean()
    {
        var kb = new KnowledgeBase([Service("parken-a", "Bewohnerparkausweis Nord"), Service("parken-b", "Bewohnerparkausweis Süd")]);

        var answer = kb.Answer("Bewohnerparkausweis");

        Assert.Equal(2, answer.DidYouMean.Count);
        Assert.True(answer.Confidence < 0.8, answer.Confidence.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Answer_UnknownTopic_HasZeroConfidence()
    {
        var answer = Kb.Answer("Quantenchromodynamik");

        Assert.Empty(answer.Services);
        Assert.Equal(0, answer.Confidence);
    }

    [Fact]
    public void Answer_FacetWithoutFacts_LowersConfidence()
    {
        var withFacts = Kb.Answer("Welche Fachverfahren gibt es für Wohngeld?");
        var withoutFacts = Kb.Answer("Welche Fachverfahren gibt es für die Hundesteuer online?");

        Assert.Empty(withoutFacts.DirectFacts);
        Assert.True(withoutFacts.Confidence < withFacts.Confidence);
    }

    private static KnowledgeDocument Service(string id, string name) => new()
    {
        Id = id,
        Type = DocumentType.Steckbrief,
        Title = name,
        Summary = "Ausweis für Anwohner.",
        Steckbrief = new Steckbrief
        {
            Ozg = new OzgReference("1", name, "Mobilität", null),
            UmsetzendesLand = "Bayern",
            Status = new ServiceStatus("live", []),
        },
    };
}
