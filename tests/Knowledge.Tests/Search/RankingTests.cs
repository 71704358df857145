using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Search;
using KommunalBot.Knowledge.Tests.TestSupport;

namespace KommunalBot.Knowledge.Tests.Search;

public sealed class RankingTests
{
    private static readonly KnowledgeBase Kb = Fixture.KnowledgeBase();

    private static KnowledgeDocument Doc(string id, string title, string body = "", IReadOnlyList<string>? synonyms = null) => new()
    {
        Id = id,
        Type = DocumentType.Faq,
        Title = title,
        Body = body,
        Synonyms = synonyms ?? [],
    };

    private static List<string> Ids(KnowledgeBase kb, string text, int top = 5) =>
        kb.Search(new SearchQuery { Text = text, Top = top }).Hits.Select(h => h.Document.Id).ToList();

    [Fact]
    public void Search_TermInTitle_RanksAboveTermInBody()
    {
        var kb = new KnowledgeBase([
            Doc("body", "Allgemeine Hinweise", "Hier steht etwas über Parkausweise und vieles andere mehr."),
            Doc("title", "Parkausweis beantragen", "Antrag stellen."),
        ]);

        Assert.Equal(["title", "body"], Ids(kb, "Parkausweis"));
    }

    [Fact]
    public void Search_Synonym_FindsDocument()
    {
        Assert.Equal("wohngeld", Ids(Kb, "Mietzuschuss")[0]);
    }

    [Fact]
    public void Search_UmlautTranscription_FindsDocument() =>
        Assert.Equal("einbuergerung", Ids(Kb, "Einbuergerungsantrag")[0]);

    [Fact]
    public void Search_Typo_FindsDocument() =>
        Assert.Equal("wohngeld", Ids(Kb, "Wohngled")[0]);

    [Fact]
    public void Search_TwoTyposInLongWord_FindsDocument() =>
        Assert.Equal("einbuergerung", Ids(Kb, "Einbürgrungsantrg")[0]);

    [Fact]
    public void Search_TypoInShortWord_IsNotCorrected()
    {
        var kb = new KnowledgeBase([Doc("a", "Hund anmelden")]);

        Assert.Empty(Ids(kb, "Hunt")); // below 5 letters no typo tolerance
    }

    [Fact]
    public void Search_CompoundQuery_FindsParts() =>
        Assert.Contains("hundesteuer", Ids(Kb, "Hundesteueranmeldung", 3));

    [Fact]
    public void Search_PartOfIndexedCompound_FindsCompound()
    {
        var kb = new KnowledgeBase([Doc("a", "Wohnsitzanmeldung online"), Doc("b", "Wohnsitz im Ausland"), Doc("c", "Anmeldung eines Hundes")]);

        Assert.Equal("a", Ids(kb, "Wohnsitz Anmeldung")[0]);
    }

    [Fact]
    public void Search_GlossaryAbbreviation_ExpandsBothWays()
    {
        var kb = new KnowledgeBase(
            [Doc("long", "Die elektronische Wohnsitzanmeldung"), Doc("short", "eWA in Bayern"), Doc("other", "Hundesteuer")],
            [new GlossaryEntry("elektronische Wohnsitzanmeldung", ["eWA"], [], null, null)]);

        Assert.Contains("long", Ids(kb, "eWA"));
        Assert.Contains("short", Ids(kb, "elektronische Wohnsitzanmeldung"));
    }

    [Fact]
    public void Search_AdjacentWords_RankAboveScatteredWords()
    {
        var kb = new KnowledgeBase([
            Doc("scattered", "Hinweise", "Die Zahlung erfolgt später. Viele weitere Sätze folgen hier. Eine Schnittstelle gibt es auch."),
            Doc("adjacent", "Hinweise", "Die Zahlung über die Schnittstelle ist möglich. Viele weitere Sätze folgen hier und mehr."),
        ]);

        Assert.Equal("adjacent", Ids(kb, "Zahlung Schnittstelle")[0]);
    }

    [Fact]
    public void Search_Filters_RestrictTypeLandAndTopic()
    {
        Assert.All(Kb.Search(new SearchQuery { Text = "Wohngeld", Types = [DocumentType.OzgLeistung] }).Hits, h => Assert.Equal(DocumentType.OzgLeistung, h.Document.Type));
        Assert.Equal(["einbuergerung"], Kb.Search(new SearchQuery { Text = "Fachverfahren Einbürgerung Wohngeld", Land = "nordrhein-westfalen" }).Hits.Select(h => h.Document.Id));
        Assert.Equal(["hundesteuer"], Kb.Search(new SearchQuery { Text = "Hundesteuer online", Topic = "Freizeit", Types = [DocumentType.Steckbrief] }).Hits.Select(h => h.Document.Id));
        Assert.Equal(["hundesteuer"], Kb.Search(new SearchQuery { Text = "Hundesteuer", Status = "pilot", Types = [DocumentType.Steckbrief] }).Hits.Select(h => h.Document.Id));
    }

    [Fact]
    public void Search_Hits_AreOrderedTopKWithScoresAndHighlightedSnippets()
    {
        var results = Kb.Search(new SearchQuery { Text = "Nachnutzung FIT-Store", Top = 2 });

        Assert.Equal(2, results.Hits.Count);
        Assert.True(results.Hits[0].Score >= results.Hits[1].Score);
        Assert.Equal("faq-fit-store", results.Hits[0].Document.Id);
        Assert.Contains("**FIT-Store**", results.Hits[0].Snippet.Replace("**FIT**-**Store**", "**FIT-Store**", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Search_NothingMatches_ReturnsNoHits() =>
        Assert.Empty(Kb.Search(new SearchQuery { Text = "Quantenchromodynamik" }).Hits);

    [Fact]
    public void Search_GlossaryAbbreviationUnknownToContent_IsNotTypoCorrected()
    {
        var kb = new KnowledgeBase(
            [Doc("ausweis", "Personalausweis verlängern"), Doc("person", "Person im Register ändern")],
            [new GlossaryEntry("Personalausweis", ["Perso"], [], null, null)]);

        Assert.Equal(["ausweis"], Ids(kb, "Perso")); // not "Person", one letter away
    }
}
