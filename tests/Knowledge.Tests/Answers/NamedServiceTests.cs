using KommunalBot.Knowledge.Content;

namespace KommunalBot.Knowledge.Tests.Answers;

public sealed class NamedServiceTests
{
    private static KnowledgeDocument Steckbrief(string id, string title, string body) => new()
    {
        Id = id,
        Type = DocumentType.Steckbrief,
        Title = title,
        Body = body,
    };

    private static KnowledgeDocument Faq(string id, string title, string body) => new()
    {
        Id = id,
        Type = DocumentType.Faq,
        Title = title,
        Body = body,
    };

    [Fact]
    public void Answer_NamedService_SteckbriefBeforeGeneralFaq()
    {
        var kb = new KnowledgeBase([
            Steckbrief("fischerei", "Fischereischein digital", "Onlinedienst für den Fischereischein aus Schleswig-Holstein. Die Nachnutzung läuft über den FIT-Store; ab 2026 auch in weiteren Ländern."),
            Faq("faq-modelle", "Nachnutzung über den FIT-Store", "FIT-Store: Nachnutzung für Fischereischein, Jagdschein, Wohngeld. Der FIT-Store bündelt die Nachnutzung."),
        ]);

        Assert.Equal("fischerei", kb.Answer("fischereischein nachnutzung fit-store").Hits[0].Document.Id);
    }

    [Fact]
    public void Answer_CatalogueQuestionNamingService_KeepsCatalogueRowFirst()
    {
        // Other documents make the service name a rare word, as in the real index.
        var others = Enumerable.Range(0, 8).Select(i => Faq($"faq-{i}", $"Hundesteuer Frage {i}", "Antwort zur Hundesteuer."));
        var kb = new KnowledgeBase([
            .. others,
            Steckbrief("gewerbe", "Gewerbeanmeldung online", "Onlinedienst für die Gewerbeanmeldung mit Rechtsgrundlage GewO."),
            new KnowledgeDocument { Id = "leika-1", Type = DocumentType.LeikaLeistung, Title = "Gewerbeanmeldung", Body = "Rechtsgrundlage § 14 GewO." },
        ]);

        Assert.Equal("leika-1", kb.Answer("rechtsgrundlage der gewerbeanmeldung?").Hits[0].Document.Id);
    }

    [Fact]
    public void Answer_WordSharedByManyServiceNames_NamesNoService()
    {
        var services = new[] { "Adoption", "Jagdschein", "Fischereischein", "Hundesteuer", "Elterngeld" }
            .Select(name => Steckbrief(name.ToLowerInvariant(), $"{name} digital", $"Onlinedienst für {name}."));
        var others = Enumerable.Range(0, 30).Select(i => Faq($"faq-{i}", $"Frage {i} zur Verwaltung", "Antwort."));
        var kb = new KnowledgeBase([.. services, .. others]);

        var vague = kb.Answer("was kostet digital?");
        var named = kb.Answer("was kostet jagdschein digital?");

        Assert.Empty(vague.DidYouMean); // not five equally "named" services
        Assert.True(vague.Confidence < 0.3, $"confidence {vague.Confidence}");
        Assert.Equal("jagdschein", named.Services[0].Id);
    }

    [Fact]
    public void Answer_ServiceNameWithTwoTypos_StillNamesTheService()
    {
        var answer = TestSupport.Fixture.KnowledgeBase().Answer("welche fachverfahren hat der einbürgrungsantrg?");

        Assert.Equal("einbuergerung", answer.Services[0].Id);
        Assert.NotEmpty(answer.DirectFacts);
    }

    [Fact]
    public void Answer_NoServiceNamed_FacetWordIsTheTopic()
    {
        // "dauert" is a common word here; "Zustellpunkt" is rare, as in the real content.
        var others = Enumerable.Range(0, 10).Select(i => Faq($"faq-{i}", $"Frage {i} zur Verwaltung", "Die Bearbeitung dauert."));
        var kb = new KnowledgeBase([
            .. others,
            Faq("faq-daten", "Wie lange dauert das Löschen von Daten?", "Das Löschen dauert einen Tag."),
            Faq("faq-zustellpunkt", "Zustellpunkt löschen", "Ein Zustellpunkt wird erst nach einer Frist entfernt."),
        ]);

        Assert.Equal("faq-zustellpunkt", kb.Answer("zustellpunkt löschen dauert?").Hits[0].Document.Id);
    }
}
