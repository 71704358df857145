using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Tests.TestSupport;

namespace KommunalBot.Knowledge.Tests.Content;

public sealed class KnowledgeLoaderTests
{
    private const string ValidSteckbrief = """
        id: test-dienst
        name: Testdienst
        beschreibung: Ein Dienst.
        ozg: { id: "1", leistung: Test, themenfeld: Testfeld }
        umsetzendes_land: Bayern
        status: { zusammenfassung: live }
        stand: 2025-01-01
        quellen: [ { url: "https://example.org", titel: Quelle } ]
        """;

    [Fact]
    public void Load_Fixture_LoadsAllTypesWithoutProblems()
    {
        var result = Fixture.Load();

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Empty(result.Problems);
        Assert.Contains(result.Documents, d => d.Id == "wohngeld" && d.Type == DocumentType.Steckbrief);
        Assert.Contains(result.Documents, d => d.Id == "faq-fit-store" && d.Type == DocumentType.Faq);
        Assert.Contains(result.Documents, d => d.Id == "bp-teststellung" && d.Type == DocumentType.BestPractice);
        Assert.Contains(result.Documents, d => d.Id == "ozg-10160" && d.Type == DocumentType.OzgLeistung);
        Assert.Contains(result.Documents, d => d.Id == "leika-99102013000000" && d.Type == DocumentType.LeikaLeistung);
        Assert.Equal(2, result.Glossary.Count);
    }

    [Fact]
    public void Load_LeikaRowWithoutKey_IsSkippedAndCounted()
    {
        var result = Fixture.Load();

        Assert.Equal(1, result.SkippedCatalogRows);
        Assert.DoesNotContain(result.Documents, d => d.Title == "Test 124");
    }

    [Fact]
    public void Load_Steckbrief_MapsFacts()
    {
        var wohngeld = Fixture.Load().Documents.Single(d => d.Id == "wohngeld");

        Assert.Equal(["WoGG-Fachverfahren Alpha", "Wohngeld Beta"], wohngeld.Steckbrief!.Fachverfahren.Select(f => f.Produkt));
        Assert.Equal("Beispiel GmbH", wohngeld.Steckbrief.Fachverfahren[0].Hersteller);
        Assert.Equal(new DateOnly(2025, 8, 15), wohngeld.Date);
        Assert.Equal("Schleswig-Holstein", wohngeld.Land);
    }

    [Fact]
    public void Load_MissingRequiredField_ReportsFileLineAndField()
    {
        using var folder = new TempFolder();
        var path = folder.Write("steckbriefe/test-dienst.yaml", ValidSteckbrief.Replace("beschreibung: Ein Dienst.\n", "", StringComparison.Ordinal));

        var result = KnowledgeLoader.Load(folder.Root, LoadMode.Strict);

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(path, problem.File);
        Assert.Equal("beschreibung", problem.Field);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void Load_UnknownField_ReportsLineOfTheKey()
    {
        using var folder = new TempFolder();
        var path = folder.Write("steckbriefe/test-dienst.yaml", ValidSteckbrief + "\nfachverfahrn: [ { produkt: X } ]\n");

        var result = KnowledgeLoader.Load(folder.Root, LoadMode.Strict);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((path, 9, "fachverfahrn"), (problem.File, problem.Line, problem.Field));
        Assert.Contains("unbekanntes Feld", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownNestedField_ReportsPath()
    {
        using var folder = new TempFolder();
        folder.Write("steckbriefe/test-dienst.yaml", ValidSteckbrief + "\nfachverfahren:\n  - { produkt: X, herstellerin: Y }\n");

        var problem = Assert.Single(KnowledgeLoader.Load(folder.Root, LoadMode.Strict).Problems);

        Assert.Equal((10, "fachverfahren[0].herstellerin"), (problem.Line, problem.Field));
    }

    [Theory]
    [InlineData("leika: [ { schluessel: \"99107023000000\", quelle: \"https://other.example\" } ]", "leika")]
    [InlineData("kontakte: [ { rolle: Support, quelle: \"https://other.example\" } ]", "kontakte")]
    [InlineData("links: [ { titel: Doku, url: \"https://example.org/doku\", quelle: \"https://other.example\" } ]", "links")]
    [InlineData("nachnutzung: { modelle: [FIT-Store], quelle: \"https://other.example\" }", "nachnutzung")]
    public void Load_ItemQuelleOutsideQuellen_IsAProblemForEveryItemKind(string item, string field)
    {
        using var folder = new TempFolder();
        folder.Write("steckbriefe/test-dienst.yaml", ValidSteckbrief + "\n" + item + "\n");

        var problem = Assert.Single(KnowledgeLoader.Load(folder.Root, LoadMode.Strict).Problems);

        Assert.Equal((field, 9), (problem.Field, problem.Line));
        Assert.Contains("steht nicht in quellen", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadDate_ReportsFileLineAndField()
    {
        using var folder = new TempFolder();
        var path = folder.Write("steckbriefe/test-dienst.yaml", ValidSteckbrief.Replace("stand: 2025-01-01", "stand: 15.08.2025", StringComparison.Ordinal));

        var problem = Assert.Single(KnowledgeLoader.Load(folder.Root, LoadMode.Strict).Problems);

        Assert.Equal((path, 7, "stand"), (problem.File, problem.Line, problem.Field));
        Assert.Contains("Datum", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateId_ReportsSecondFileAndLine()
    {
        using var folder = new TempFolder();
        folder.Write("steckbriefe/test-dienst.yaml", ValidSteckbrief);
        var faq = folder.Write("faq/test-dienst.md", """
            ---
            id: test-dienst
            typ: faq
            titel: Frage
            themen: [Test]
            datum: 2025-01
            quellen: [ { url: "https://example.org", titel: Quelle } ]
            ---
            Text.
            """);

        var problem = Assert.Single(KnowledgeLoader.Load(folder.Root, LoadMode.Strict).Problems);

        Assert.Equal((faq, 2, "id"), (problem.File, problem.Line, problem.Field));
        Assert.Contains("doppelte id", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FrontMatterProblem_ReportsLineInFile()
    {
        using var folder = new TempFolder();
        var path = folder.Write("faq/frage.md", """
            ---
            id: frage
            typ: faq
            titel: Frage
            themen: [Test]
            datum: 2025-13
            quellen: [ { url: "https://example.org", titel: Quelle } ]
            ---
            Text.
            """);

        var problem = Assert.Single(KnowledgeLoader.Load(folder.Root, LoadMode.Strict).Problems);

        Assert.Equal((path, 6, "datum"), (problem.File, problem.Line, problem.Field));
    }

    [Fact]
    public void Load_IdNotMatchingFileName_IsReported()
    {
        using var folder = new TempFolder();
        folder.Write("steckbriefe/anderer-name.yaml", ValidSteckbrief);

        var problem = Assert.Single(KnowledgeLoader.Load(folder.Root, LoadMode.Strict).Problems);

        Assert.Equal((1, "id"), (problem.Line, problem.Field));
    }

    [Fact]
    public void Load_YamlSyntaxError_ReportsLine()
    {
        using var folder = new TempFolder();
        var path = folder.Write("steckbriefe/kaputt.yaml", "id: kaputt\nname: [nicht geschlossen\nbeschreibung: x\n");

        var problem = Assert.Single(KnowledgeLoader.Load(folder.Root, LoadMode.Strict).Problems);

        Assert.Equal(path, problem.File);
        Assert.True(problem.Line >= 2, problem.ToString());
    }

    [Fact]
    public void Load_Strict_FailsWithAllProblemsAndNoDocuments()
    {
        using var folder = new TempFolder(copyFixture: true);
        folder.Write("steckbriefe/eins.yaml", "id: eins\n");
        folder.Write("steckbriefe/zwei.yaml", ValidSteckbrief.Replace("test-dienst", "zwei", StringComparison.Ordinal).Replace("stand: 2025-01-01", "stand: morgen", StringComparison.Ordinal));

        var result = KnowledgeLoader.Load(folder.Root, LoadMode.Strict);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Documents);
        Assert.Contains(result.Problems, p => p.File.EndsWith("eins.yaml", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.File.EndsWith("zwei.yaml", StringComparison.Ordinal) && p.Field == "stand");
    }

    [Fact]
    public void Load_Lenient_SkipsBrokenFileAndKeepsTheRest()
    {
        using var folder = new TempFolder(copyFixture: true);
        var broken = folder.Write("steckbriefe/eins.yaml", "id: eins\n");

        var result = KnowledgeLoader.Load(folder.Root, LoadMode.Lenient);

        Assert.True(result.Succeeded);
        Assert.Equal([broken], result.SkippedFiles);
        Assert.NotEmpty(result.Problems);
        Assert.DoesNotContain(result.Documents, d => d.Id == "eins");
        Assert.Contains(result.Documents, d => d.Id == "wohngeld");
    }

    [Fact]
    public void Load_UnexpectedFileInContentFolder_IsReportedNotIgnored()
    {
        using var folder = new TempFolder();
        var path = folder.Write("steckbriefe/notiz.txt", "hallo");

        var problem = Assert.Single(KnowledgeLoader.Load(folder.Root, LoadMode.Lenient).Problems);

        Assert.Equal(path, problem.File);
    }

    [Fact]
    public void Load_QuelleNotInQuellen_IsReported()
    {
        using var folder = new TempFolder();
        folder.Write("steckbriefe/test-dienst.yaml", ValidSteckbrief + "\ntransportweg: [ { weg: OSCI, quelle: \"https://anders.example\" } ]\n");

        var problem = Assert.Single(KnowledgeLoader.Load(folder.Root, LoadMode.Strict).Problems);

        Assert.Equal("transportweg", problem.Field);
    }

    [Fact]
    public void Load_SteckbriefWithoutOzg_IsAccepted()
    {
        using var folder = new TempFolder();
        folder.Write("steckbriefe/test-dienst.yaml", ValidSteckbrief.Replace("ozg: { id: \"1\", leistung: Test, themenfeld: Testfeld }\n", "", StringComparison.Ordinal));

        var result = KnowledgeLoader.Load(folder.Root, LoadMode.Strict);

        Assert.Empty(result.Problems);
        Assert.Null(Assert.Single(result.Documents).Steckbrief!.Ozg);
    }

    [Fact]
    public void Load_DiensteWithUnknownId_ReportsLine()
    {
        using var folder = new TempFolder();
        folder.Write("steckbriefe/test-dienst.yaml", ValidSteckbrief);
        var path = folder.Write("faq/frage.md", """
            ---
            id: frage
            typ: faq
            titel: Frage
            themen: [Test]
            datum: 2025-01
            dienste: [test-dienst, gibt-es-nicht]
            quellen: [ { url: "https://example.org", titel: Quelle } ]
            ---
            Text.
            """);

        var problem = Assert.Single(KnowledgeLoader.Load(folder.Root, LoadMode.Strict).Problems);

        Assert.Equal((path, 7, "dienste"), (problem.File, problem.Line, problem.Field));
        Assert.Contains("gibt-es-nicht", problem.Message, StringComparison.Ordinal);
    }
}
