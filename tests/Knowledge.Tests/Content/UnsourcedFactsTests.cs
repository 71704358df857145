using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Tests.TestSupport;

namespace KommunalBot.Knowledge.Tests.Content;

/// <summary>The editors' list of facts without a clear source (rule: knowledge/README.md).</summary>
public sealed class UnsourcedFactsTests
{
    private const string TwoSources = """
        quellen:
          - { url: "https://a.example/leitfaden", titel: Leitfaden, stand: 2025-01 }
          - { url: "https://b.example/faq", titel: FAQ }
        """;

    private const string Head = """
        id: test-dienst
        name: Testdienst
        beschreibung: Ein Dienst.
        umsetzendes_land: Bayern
        stand: 2025-01-01

        """;

    [Fact]
    public void UnsourcedFacts_SteckbriefWithOneSource_ReportsNothing()
    {
        using var folder = new TempFolder();
        folder.Write("steckbriefe/test-dienst.yaml", Head + """
            status:
              zusammenfassung: live
              laender: [ { land: BY, status: live } ]
            transportweg: [ { weg: OSCI/XTA } ]
            quellen: [ { url: "https://a.example/leitfaden", titel: Leitfaden } ]
            """);

        Assert.Empty(Load(folder).UnsourcedFacts());
    }

    [Fact]
    public void UnsourcedFacts_SteckbriefWithTwoSources_ListsEveryItemWithoutQuelleWithFileLineAndField()
    {
        using var folder = new TempFolder();
        folder.Write("steckbriefe/test-dienst.yaml", Head + """
            status:
              zusammenfassung: live
              laender:
                - { land: BY, status: live, quelle: "https://a.example/leitfaden" }
                - { land: NW, status: Pilot }
            fachverfahren: [ { produkt: Alpha } ]
            transportweg: [ { weg: FIT-Connect, quelle: "https://b.example/faq" } ]
            nachnutzung:
              modelle: [FIT-Store]
            kontakte: [ { rolle: Support, email: support@example.org } ]

            """ + TwoSources);

        var facts = Load(folder).UnsourcedFacts();

        Assert.Equal(
            [("status.laender[1]", 10), ("fachverfahren[0]", 11), ("nachnutzung", 13), ("kontakte[0]", 15)],
            facts.Select(f => (f.Field, f.Line)));
        Assert.All(facts, f => Assert.Equal(("test-dienst", "steckbriefe/test-dienst.yaml"), (f.DocumentId, f.File)));
        Assert.Contains("unklar welche", facts[0].Missing, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsourcedFacts_LeikaKeyFromTheCatalogue_IsBackedByTheCatalogue()
    {
        using var folder = new TempFolder();
        folder.Write("katalog/leika-leistungen.jsonl", """{"leikaKey": "99107023000000", "name": "Wohngeld", "typisierung": "4", "ozgId": "10092", "ozgLeistung": "Wohngeld"}""" + "\n");
        folder.Write("steckbriefe/test-dienst.yaml", Head + """
            status: { zusammenfassung: live }
            leika:
              - { schluessel: "99107023000000", name: Wohngeld }
              - { schluessel: "99006028261000", name: Nicht im Katalog }

            """ + TwoSources);

        var fact = Assert.Single(Load(folder).UnsourcedFacts());

        Assert.Equal("leika[1]", fact.Field);
    }

    [Fact]
    public void UnsourcedFacts_LinkToOneOfTheSources_BacksItself()
    {
        using var folder = new TempFolder();
        folder.Write("steckbriefe/test-dienst.yaml", Head + """
            status: { zusammenfassung: live }
            links:
              - { titel: Leitfaden, url: "https://a.example/leitfaden" }
              - { titel: Anderes Dokument, url: "https://c.example/doc" }

            """ + TwoSources);

        var fact = Assert.Single(Load(folder).UnsourcedFacts());

        Assert.Equal("links[1]", fact.Field);
    }

    [Fact]
    public void UnsourcedFacts_FaqWithSeveralSources_ReportsNothing()
    {
        using var folder = new TempFolder();
        folder.Write("faq/faq-test.md", """
            ---
            id: faq-test
            typ: faq
            titel: Eine Frage?
            themen: [Test]
            datum: 2025-01-01

            """ + TwoSources + """

            ---
            Die Antwort.
            """);

        Assert.Empty(Load(folder).UnsourcedFacts());
    }

    [Fact]
    public void UnsourcedFacts_GlossaryExplanationWithoutQuelle_IsListedWithItsTerm()
    {
        using var folder = new TempFolder();
        folder.Write("glossar.yaml", """
            - begriff: FIT-Connect
              erklaerung: "Übertragungsweg der FITKO."
              quelle: https://docs.fitko.de/fit-connect/faq/
            - begriff: eWA
              synonyme: [elektronische Wohnsitzanmeldung]
            - begriff: Reifegrad
              erklaerung: "Stufe im Reifegradmodell."
            """);

        var fact = Assert.Single(Load(folder).UnsourcedFacts());

        Assert.Equal(("glossar", "glossar.yaml", 6, "[2].quelle"), (fact.DocumentId, fact.File, fact.Line, fact.Field));
        Assert.Contains("Reifegrad", fact.Missing, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsourcedFacts_PublishedDocumentWithoutSources_IsListedWithoutFile()
    {
        var knowledgeBase = new KnowledgeBase([new KnowledgeDocument { Id = "faq-neu", Type = DocumentType.Faq, Title = "Neu?" }]);

        var fact = Assert.Single(knowledgeBase.UnsourcedFacts());

        Assert.Equal(("faq-neu", null, 0, "quellen"), (fact.DocumentId, fact.File, fact.Line, fact.Field));
    }

    [Fact]
    public void UnsourcedFacts_AfterAnUpsertWithASource_NoLongerListsTheDocument()
    {
        var knowledgeBase = new KnowledgeBase([new KnowledgeDocument { Id = "faq-neu", Type = DocumentType.Faq, Title = "Neu?" }]);

        knowledgeBase.Upsert(new KnowledgeDocument
        {
            Id = "faq-neu",
            Type = DocumentType.Faq,
            Title = "Neu?",
            Sources = [new Source("https://a.example/leitfaden", "Leitfaden", null)],
        });

        Assert.Empty(knowledgeBase.UnsourcedFacts());
    }

    private static KnowledgeBase Load(TempFolder folder)
    {
        var load = KnowledgeLoader.Load(folder.Root, LoadMode.Strict);
        Assert.True(load.Succeeded, string.Join("\n", load.Problems));
        return KnowledgeBase.Create(load);
    }
}
