using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Search;
using KommunalBot.Knowledge.Tests.TestSupport;
using KommunalBot.Knowledge.Text;

namespace KommunalBot.Knowledge.Tests.Search;

/// <summary>How clerks type in Teams: Land abbreviations, compounds with generic heads, service name + facet word.</summary>
public sealed class QueryRulesTests
{
    private static KnowledgeDocument Steckbrief(string id, string title, string body, string? land = null) => new()
    {
        Id = id,
        Type = DocumentType.Steckbrief,
        Title = title,
        Body = body,
        Land = land,
    };

    private static KnowledgeDocument Faq(string id, string title, string body) => new()
    {
        Id = id,
        Type = DocumentType.Faq,
        Title = title,
        Body = body,
    };

    private static List<string> Ids(KnowledgeBase kb, string text) =>
        kb.Search(new SearchQuery { Text = text, Top = 5 }).Hits.Select(h => h.Document.Id).ToList();

    private static IndexSnapshot Index(params KnowledgeDocument[] documents) => new IndexBuilder().Build(documents, []);

    [Fact]
    public void Search_LandAbbreviation_BoostsDocumentOfThatLand()
    {
        var kb = new KnowledgeBase([
            Steckbrief("by", "Hundesteuer online", "Onlinedienst für die Hundesteuer.", "Bayern"),
            Steckbrief("sh", "Hundesteuer online", "Onlinedienst für die Hundesteuer.", "Schleswig-Holstein"),
        ]);

        Assert.Equal("sh", Ids(kb, "hundesteuer online sh")[0]);
        Assert.Equal("by", Ids(kb, "hundesteuer online by")[0]);
    }

    [Fact]
    public void Search_LandAbbreviation_IsNoSearchWord()
    {
        var kb = new KnowledgeBase([
            Steckbrief("hund", "Hundesteuer online", "Onlinedienst für die Hundesteuer.", "Hamburg"),
            Faq("kuerzel", "Kürzel der Länder", "SH steht für Schleswig-Holstein, MV für Mecklenburg-Vorpommern."),
        ]);

        Assert.Equal(["hund"], Ids(kb, "hundesteuer mv"));
    }

    [Theory]
    [InlineData("vertrag mit itv.sh", 0)]
    [InlineData("d-nrw einzelabruf", 0)]
    [InlineData("nrw-kommunen einzelabruf", 0)]
    [InlineData("einzelabruf in nrw", 1)]
    [InlineData("einzelabruf nrw.", 1)]
    [InlineData("nrw", 0)] // nothing else to search for: the abbreviation stays a word
    public void Parse_LandAbbreviation_IsHintOnlyWhenStandalone(string question, int hints)
    {
        var parsed = QueryParser.Parse(Index(Faq("a", "Einzelabruf", "Vertrag")), question);

        Assert.Equal(hints, int.PopCount(parsed.LandMask));
    }

    [Theory]
    [InlineData("Länderkooperation (BE, BB, SH)", "SH")]
    [InlineData("Sachsen-Anhalt", "Sachsen-Anhalt")]
    [InlineData("Niedersachsen", "Niedersachsen")]
    public void LandNames_DocumentLand_ResolvesWholeNamesAndCodes(string land, string expected)
    {
        var mask = LandNames.Of(new KnowledgeDocument { Id = "x", Type = DocumentType.Steckbrief, Title = "x", Land = land });
        var sachsen = LandNames.Of(new KnowledgeDocument { Id = "y", Type = DocumentType.Steckbrief, Title = "y", Land = "Sachsen" });

        Assert.NotEqual(0, mask);
        Assert.Equal(0, mask & sachsen); // "Sachsen" is neither Sachsen-Anhalt nor Niedersachsen
        var single = LandNames.Of(new KnowledgeDocument { Id = "z", Type = DocumentType.Steckbrief, Title = "z", Land = expected });
        Assert.Equal(1, int.PopCount(single));
        Assert.Equal(single, mask & single);
    }

    [Theory]
    [InlineData("wohngeldantragsdienst", "wohngeld", "dienst")]
    [InlineData("wohngeldportal", "wohngeld", "portal")]
    [InlineData("hundesteuerformular", "hundesteuer", "formular")]
    public void Parse_CompoundWithGenericHead_ModifierCarriesTheWord(string question, string modifier, string head)
    {
        var index = Index(Steckbrief("w", "Wohngeld und Hundesteuer", "Antrag, Dienst, Portal und Formular."));
        var parsed = QueryParser.Parse(index, question);
        QueryTerm Term(string word) => parsed.Terms.Single(t => index.Terms[t.TermId] == GermanStemmer.Stem(word));

        Assert.True(Term(head).Weight < QueryParser.StrongMatch * parsed.SlotWeights[0], "the head covers the word only weakly");
        Assert.True(Term(modifier).Weight >= QueryParser.NameMatch * parsed.SlotWeights[0], "the modifier may name the service");
    }

    [Fact]
    public void Search_FoldedUmlautCompoundWithGenericHead_FindsService()
    {
        var kb = new KnowledgeBase([
            Steckbrief("gast", "Gaststätte anmelden", "Erlaubnis für eine Gaststätte."),
            Steckbrief("fahr", "Fahrerlaubnis online", "Erlaubnis und Genehmigung für den Führerschein."),
        ]);

        Assert.Equal("gast", Ids(kb, "gaststaettenerlaubnis")[0]);
    }

    [Fact]
    public void Answer_ServiceNameWithFacetHead_NamesTheServiceAndAsksForTheFacet()
    {
        var answer = Fixture.KnowledgeBase().Answer("wohngeldfachverfahren?");

        Assert.Equal(Knowledge.Answers.Facet.Fachverfahren, answer.Facet);
        Assert.Equal("wohngeld", answer.Services[0].Id);
        Assert.NotEmpty(answer.DirectFacts); // the service is named, so its facts are given
    }

    [Theory]
    [InlineData("schornsteinfeger")]                // only used inside compounds in the content
    [InlineData("schornsteinfegerbescheinigung")]   // unknown modifier + known head
    public void Search_WordUsedOnlyInsideCompounds_FindsTheCompounds(string question)
    {
        var kb = new KnowledgeBase([
            Steckbrief("feger", "Schornsteinfegerarbeiten anzeigen", "Bescheinigung über Schornsteinfegerarbeiten."),
            Steckbrief("melde", "Meldung Wohnsitz", "Meldung und Bescheinigung."),
        ]);

        Assert.Equal("feger", Ids(kb, question)[0]);
    }

    [Fact]
    public void Search_UnknownWordBeginningNoCompound_FindsNothing()
    {
        var kb = new KnowledgeBase([Steckbrief("feger", "Schornsteinfegerarbeiten anzeigen", "Bescheinigung.")]);

        Assert.Empty(Ids(kb, "xylophonbau"));
    }
}
