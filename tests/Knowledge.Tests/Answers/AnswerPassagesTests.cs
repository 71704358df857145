using System.Diagnostics;
using System.Text;
using KommunalBot.Knowledge.Answers;
using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Search;
using KommunalBot.Knowledge.Tests.Evaluation;

namespace KommunalBot.Knowledge.Tests.Answers;

/// <summary>
/// The passage an answer card shows from one article: whole lists with their lead-in, the block that fits the question,
/// a second block for a second part of the question, the cap at item boundaries. Fixtures are shaped like the FAQs whose
/// cards lost their lists (faq-fit-store, faq-osci-xta-dvdv, faq-fit-connect-zustellpunkt, faq-efa-marktplatz-registrierung).
/// </summary>
public sealed class AnswerPassagesTests
{
    private const string VertragsShop = """
        Der **Vertragsshop** der Koordinierungsstelle ist ein Weg, Onlinedienste anderer Länder nachzunutzen.

        **Wer darf nachnutzen?** Behörden der Träger. **Kommunen gehen über ihr Land.**

        **Ablauf:**

        1. Das anbietende Land reicht eine Beschreibung des Dienstes ein.
        2. Die Stelle schließt mit ihm einen **Einstellungsvertrag**.
        3. Das nutzende Land bekundet Interesse; beide stimmen die Konditionen ab,
           das anbietende Land bestätigt sie schriftlich.
        4. Die Stelle bietet dem nutzenden Land einen **Nachnutzungsvertrag** an.

        Grundlage ist die Inhouse-Ausnahme.
        """;

    private const string Postfach = """
        **Ablauf:**

        1. Der Dienst sucht die zuständige Stelle im Zuständigkeitsfinder.
        2. Er liest Adresse und Schlüssel der Behörde aus dem Verzeichnis.
        3. Er schickt die verschlüsselte Nachricht an den Intermediär.
        4. Die Behörde holt die Nachricht mit ihrem Client ab.

        **Was die Behörde braucht:**

        - ein **OSCI-Zertifikat** für drei Jahre,
        - einen **Verzeichniseintrag** der pflegenden Stelle,
        - einen **Empfangspunkt** und
        - die **URI des Intermediärs**.
        """;

    private const string Zustellung = """
        **Voraussetzungen für den Empfang:**

        1. ein Konto im **Self-Service-Portal**,
        2. ein **Zustellpunkt**, verknüpft mit einem API-Client,
        3. Zertifikate aus der Verwaltungs-PKI,
        4. **signierte Adressierungsinformationen** im Redaktionssystem
           (damit Onlinedienste die Adresse finden).

        **Grenzen:** höchstens 20 Adressen je Client.

        **Zustellpunkt stilllegen:** Er wird erst auf „Inaktiv“ gesetzt und kann erst Monate später gelöscht werden.
        """;

    private const string Marktplatz = """
        Bei der Registrierung als **Kunde** fragt der Marktplatz u. a. nach
        - dem **Regionalschlüssel** der Kommune und
        - der **Leitweg-ID**.

        Für Bestellungen braucht es eine **Inhouse-Beziehung** zu einem Anbieter.
        """;

    private static readonly Lazy<(LoadResult Load, IndexSnapshot Index)> Real = new(() =>
    {
        var load = KnowledgeLoader.Load(Path.Combine(EvaluationTests.RepositoryRoot(), "knowledge"), LoadMode.Strict);
        return (load, new IndexBuilder().Build(load.Documents, load.Glossary));
    });

    [Fact]
    public void Select_QuestionAboutSteps_ReturnsLeadInWithEveryStep()
    {
        var passage = Ask(VertragsShop, "Wie ist der Ablauf im Vertragsshop?");

        Assert.Contains("**Ablauf:**\n\n1. Das anbietende Land", passage.Text, StringComparison.Ordinal);
        Assert.Contains("\n3. Das nutzende Land bekundet Interesse; beide stimmen die Konditionen ab, das anbietende Land bestätigt sie schriftlich.\n", passage.Text, StringComparison.Ordinal);
        Assert.EndsWith("4. Die Stelle bietet dem nutzenden Land einen **Nachnutzungsvertrag** an.", passage.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Grundlage", passage.Text, StringComparison.Ordinal);
        Assert.False(passage.Truncated);
    }

    [Fact]
    public void Select_GeneralQuestionAndBodyOpensWithLeadIn_ReturnsLeadInWithItsList()
    {
        var passage = Ask(Postfach, "Was ist OSCI?", general: true);

        Assert.StartsWith("**Ablauf:**\n\n1. Der Dienst sucht", passage.Text, StringComparison.Ordinal);
        Assert.EndsWith("4. Die Behörde holt die Nachricht mit ihrem Client ab.", passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Select_QuestionAboutSecondList_ReturnsThatListWhole()
    {
        var passage = Ask(Postfach, "Welches Zertifikat und welchen Empfangspunkt braucht die Behörde?");

        Assert.Equal(
            "**Was die Behörde braucht:**\n\n- ein **OSCI-Zertifikat** für drei Jahre,\n- einen **Verzeichniseintrag** der pflegenden Stelle,\n"
            + "- einen **Empfangspunkt** und\n- die **URI des Intermediärs**.",
            passage.Text);
    }

    [Fact]
    public void Select_ListItemContinuedOnNextLine_KeepsTheItemWhole()
    {
        var passage = Ask(Zustellung, "Welche Voraussetzungen gelten für den Empfang?");

        Assert.StartsWith("**Voraussetzungen für den Empfang:**\n\n1. ein Konto", passage.Text, StringComparison.Ordinal);
        Assert.EndsWith("4. **signierte Adressierungsinformationen** im Redaktionssystem (damit Onlinedienste die Adresse finden).", passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Select_LeadInWithoutColonAndListWithoutBlankLine_CarriesTheList()
    {
        var passage = Ask(Marktplatz, "Welche Angaben braucht die Registrierung am Marktplatz?");

        Assert.StartsWith("Bei der Registrierung als **Kunde** fragt der Marktplatz u. a. nach\n\n- dem **Regionalschlüssel**", passage.Text, StringComparison.Ordinal);
        Assert.Contains("\n- der **Leitweg-ID**.", passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Select_TwoPartQuestion_ReturnsBothBlocksInDocumentOrder()
    {
        const string markdown = """
            Der Marktplatz bündelt Onlinedienste für Kommunen.

            Zur Registrierung als Kunde braucht es:

            - den Regionalschlüssel,
            - die Leitweg-ID.

            Für die Nutzung fallen Entgelte je Dienst an; die Kosten richten sich nach der Einwohnerzahl.

            Support gibt es im Kundenportal.
            """;

        var passage = Ask(markdown, "Wie registrieren wir uns und was sind die Kosten?");

        Assert.Equal(
            "Zur Registrierung als Kunde braucht es:\n\n- den Regionalschlüssel,\n- die Leitweg-ID.\n\n"
            + "Für die Nutzung fallen Entgelte je Dienst an; die Kosten richten sich nach der Einwohnerzahl.",
            passage.Text);
    }

    [Fact]
    public void Select_TwoPartQuestionAboutListAndLaterParagraph_ReturnsBoth()
    {
        var passage = Ask(Zustellung, "Welche Voraussetzungen gelten für den Empfang und wie legen wir einen Zustellpunkt still?");

        Assert.StartsWith("**Voraussetzungen für den Empfang:**", passage.Text, StringComparison.Ordinal);
        Assert.EndsWith("**Zustellpunkt stilllegen:** Er wird erst auf „Inaktiv“ gesetzt und kann erst Monate später gelöscht werden.", passage.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Grenzen", passage.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "Was ist der Vertragsshop?")]
    [InlineData(false, "Gibt es dort Wetterdaten?")]
    public void Select_GeneralOrUnmatchedQuestion_ReturnsFirstBlock(bool general, string question)
    {
        var passage = Ask(VertragsShop, question, general);

        Assert.Equal("Der **Vertragsshop** der Koordinierungsstelle ist ein Weg, Onlinedienste anderer Länder nachzunutzen.", passage.Text);
        Assert.False(passage.Truncated);
        Assert.StartsWith(passage.Text, passage.FullText, StringComparison.Ordinal);
        Assert.EndsWith("Grundlage ist die Inhouse-Ausnahme.", passage.FullText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Welche Gebühren fallen an?")]
    [InlineData("Welche Gebuehren fallen an?")]
    public void Select_InflectedOrTranscribedWord_MatchesTheStem(string question)
    {
        const string markdown = """
            Der Dienst läuft zentral beim Land.

            Für den Bescheid erhebt die Behörde eine Gebühr von 20 €.

            Anträge kommen per OSCI an.
            """;

        Assert.Equal("Für den Bescheid erhebt die Behörde eine Gebühr von 20 €.", Ask(markdown, question).Text);
    }

    [Fact]
    public void Select_QuestionWordInsideCompound_MatchesAsPart()
    {
        var passage = Ask(VertragsShop, "Welche Verträge schließt die Stelle?");

        Assert.Contains("2. Die Stelle schließt mit ihm einen **Einstellungsvertrag**.", passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Select_ListLongerThanCap_CutsBetweenItemsAndSaysSo()
    {
        var items = Enumerable.Range(1, 40).Select(i => $"{i}. Schritt {i}: die Behörde prüft den Antrag und vermerkt das Ergebnis in der Akte.").ToList();
        var markdown = "Einleitung zum Verfahren.\n\n**Ablauf der Prüfung:**\n\n" + string.Join("\n", items) + "\n\nSchluss.";

        var passage = Ask(markdown, "Wie ist der Ablauf der Prüfung?");

        Assert.True(passage.Truncated);
        Assert.InRange(passage.Text.Length, AnswerPassages.MaxLength - items[^1].Length, AnswerPassages.MaxLength);
        var lines = passage.Text.Split('\n');
        Assert.Equal(["**Ablauf der Prüfung:**", ""], lines[..2]);
        Assert.All(lines[2..], line => Assert.Contains(line, items));
        Assert.Contains(items[^1], passage.FullText, StringComparison.Ordinal);
    }

    [Fact]
    public void Select_ParagraphLongerThanCap_CutsAfterASentence()
    {
        var sentence = "Die Behörde prüft jeden Antrag sorgfältig, z. B. auf Vollständigkeit, und vermerkt das Ergebnis. ";
        var markdown = string.Concat(Enumerable.Repeat(sentence, 20)).Trim();

        var passage = Ask(markdown, "Was prüft die Behörde?");

        Assert.True(passage.Truncated);
        Assert.True(passage.Text.Length <= AnswerPassages.MaxLength);
        Assert.EndsWith("vermerkt das Ergebnis.", passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Select_LeadInRepeatedAsFirstItem_SaysItOnce()
    {
        const string markdown = """
            Übliche Formen der Einbindung:

            - Übliche Formen der Einbindung:
            - **Link** auf den zentralen Dienst,
            - **HTML5-Snippet** auf der eigenen Website.
            """;

        var passage = Ask(markdown, "Wie binden wir den Dienst ein?");

        Assert.Equal("Übliche Formen der Einbindung:\n\n- **Link** auf den zentralen Dienst,\n- **HTML5-Snippet** auf der eigenen Website.", passage.Text);
    }

    [Fact]
    public void Select_DocumentWhoseSummaryOpensTheBody_SaysItOnce()
    {
        var document = new KnowledgeDocument
        {
            Id = "dienst",
            Type = DocumentType.Steckbrief,
            Title = "Dienst",
            Summary = "Der Dienst läuft zentral beim Land.",
            Body = "Der Dienst läuft zentral beim Land.\n\nAnträge kommen per OSCI an.",
        };
        var index = new IndexBuilder().Build([document], []);

        var passage = AnswerPassages.Select(document, Terms(index, "Wo läuft der Dienst?"), index);

        Assert.Equal("Der Dienst läuft zentral beim Land.", passage.Text);
        Assert.Equal("Der Dienst läuft zentral beim Land.\n\nAnträge kommen per OSCI an.", passage.FullText);
    }

    [Fact]
    public void Select_LoadedArticle_ListsAsItemsWithoutTheAppendedOrganisation()
    {
        // ArticleParser appends organisation and contact to the plain body after a single line break.
        var document = Article(Marktplatz) with { Body = MarkdownText.ToPlain(Marktplatz) + "\ngovdigital eG" };
        var index = new IndexBuilder().Build([document], []);

        var passage = AnswerPassages.Select(document, Terms(index, "Welche Angaben braucht die Registrierung?"), index);

        Assert.Equal("Bei der Registrierung als Kunde fragt der Marktplatz u. a. nach\n\n- dem Regionalschlüssel der Kommune und\n- der Leitweg-ID.", passage.Text);
        Assert.EndsWith("zu einem Anbieter.", passage.FullText, StringComparison.Ordinal);
    }

    [Fact]
    public void Select_MarkdownOddments_RenderAsCardMarkdown()
    {
        const string markdown = """
            ## Kosten

            <div class="hinweis">nur intern</div>
            Die Anbindung kostet **1.800 €**.



            | Jahr | Entgelt |
            |---|---|
            | 2024 | 1.800 € |

            - Land
              - Kommune
            """;

        var passage = Ask(markdown, "Was kostet die Anbindung?", general: true);

        Assert.Equal("**Kosten**\n\nDie Anbindung kostet **1.800 €**.", passage.Text);
        Assert.Equal("**Kosten**\n\nDie Anbindung kostet **1.800 €**.\n\n- Jahr – Entgelt\n- 2024 – 1.800 €\n\n- Land\n  - Kommune", passage.FullText);
    }

    [Theory]
    [InlineData("Übliche Formen der Einbindung: Übliche Formen der Einbindung: - **Link** …", "Übliche Formen der Einbindung: - **Link** …")]
    [InlineData("… der Einbindung: **Übliche** Formen der Einbindung: Link", "… **Übliche** Formen der Einbindung: Link")]
    [InlineData("Formen der Einbindung: Formen …", "Formen der Einbindung: …")]
    [InlineData("Das kostet nichts. Das kostet etwas.", "Das kostet nichts. Das kostet etwas.")]
    [InlineData("z. B. u. a. nach", "z. B. u. a. nach")]
    public void RepeatedText_Remove_DropsOnlyImmediateRepeats(string text, string expected) =>
        Assert.Equal(expected, RepeatedText.Remove(text));

    [Theory]
    [InlineData("faq-fit-store", "Wie ist der Ablauf beim FIT-Store?", "Ablauf:", "Die FITKO bietet dem AL einen")]
    [InlineData("faq-osci-xta-dvdv", "Was braucht die Behörde für den Empfang per OSCI?", "Was die Behörde braucht:", "URI des Intermediärs")]
    [InlineData("faq-fit-connect-zustellpunkt-einrichten", "Welche Schritte sind für einen FIT-Connect-Zustellpunkt nötig?", "Schritte:", "so finden Onlinedienste den Zustellpunkt")]
    [InlineData("faq-efa-marktplatz-registrierung", "Welche Angaben braucht man für die Registrierung als Kunde am Marktplatz?", "fragt der EfA-Marktplatz u. a. nach", "Leitweg-ID")]
    public void Select_RealFaq_ReturnsTheLeadInWithItsWholeList(string id, string question, string leadIn, string laterItem)
    {
        var (document, index) = RealFaq(id);
        var terms = Terms(index, question);
        var markdown = File.ReadAllText(document.SourcePath!);
        markdown = markdown[(markdown.IndexOf("\n---", 3, StringComparison.Ordinal) + 4)..];

        foreach (var passage in new[] { AnswerPassages.Select(markdown, terms, index), AnswerPassages.Select(document, terms, index) })
        {
            Assert.Contains(leadIn, passage.Text, StringComparison.Ordinal);
            Assert.Contains(laterItem, passage.Text, StringComparison.Ordinal);
            Assert.False(passage.Truncated);
        }
    }

    [Fact]
    public void Select_SixThousandCharacterArticle_TakesWellUnderAMillisecond()
    {
        var markdown = new StringBuilder();
        for (var i = 0; markdown.Length < 6000; i++)
        {
            markdown.Append(i % 3 == 0 ? $"**Abschnitt {i}:**\n\n- Die Behörde prüft Anträge auf Wohngeld.\n- Der Einstellungsvertrag regelt Entgelte.\n\n"
                : $"Absatz {i}: Die Kommune nutzt den Onlinedienst über den FIT-Store nach; Gebühren fallen je Antrag an.\n\n");
        }

        var perAnswerMs = TimedSelect(markdown.ToString(), "Welche Gebühren und Verträge gelten für Anträge im FIT-Store?");

        Assert.True(perAnswerMs < CeilingMs, $"{perAnswerMs:F3} ms");
    }

    [Theory]
    [InlineData("items")]
    [InlineData("continued item")]
    [InlineData("one line")]
    [InlineData("open links")]
    public void Select_HugeDocumentAndLongQuestion_ReadsABoundedPrefix(string kind)
    {
        var markdown = kind switch
        {
            "items" => string.Concat(Enumerable.Range(0, 5000).Select(i => $"- Punkt {i} der Liste.\n")),
            "continued item" => "- Anfang\n" + string.Concat(Enumerable.Repeat("  weiter und weiter\n", 5000)),
            "one line" => string.Concat(Enumerable.Range(0, 5000).Select(i => $"Die Behörde prüft {i}. ")),
            _ => string.Concat(Enumerable.Repeat("[Antrag](https://example.org ", 3000)),
        };
        var question = "Behörde Punkt Antrag weiter " + string.Join(' ', Enumerable.Range(0, 300));

        var perAnswerMs = TimedSelect(markdown, question[..Math.Min(question.Length, 1000)]);

        Assert.True(perAnswerMs < HugeCeilingMs, $"{kind}: {perAnswerMs:F3} ms");
    }

    // Release build, thread CPU time: about 0.15 ms for the 6,000-character article, at most about 1 ms for 20,000
    // characters (the scan limit) and a 1,000-character question. The ceilings allow for a debug build on a busy shared
    // 2-core machine (up to 20 times slower) and stay far below a quadratic path (tens of ms at 6,000 characters).
    private const double CeilingMs = 10;
    private const double HugeCeilingMs = 100;

    private static double TimedSelect(string markdown, string question)
    {
        var index = new IndexBuilder().Build([Article(markdown)], []);
        var terms = Terms(index, question);
        AnswerPassages.Select(markdown, terms, index); // JIT and first-use work stay out of the measurement

        const int Runs = 50;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Runs; i++)
        {
            AnswerPassages.Select(markdown, terms, index);
        }

        return watch.Elapsed.TotalMilliseconds / Runs;
    }

    private static AnswerPassage Ask(string markdown, string question, bool general = false)
    {
        var index = new IndexBuilder().Build([Article(markdown)], []);
        return AnswerPassages.Select(markdown, Terms(index, question), index, general);
    }

    private static KnowledgeDocument Article(string markdown)
    {
        var body = MarkdownText.ToPlain(markdown);
        return new KnowledgeDocument { Id = "faq-test", Type = DocumentType.Faq, Title = "Testfrage", Summary = body.Split("\n\n")[0], Body = body };
    }

    private static HashSet<string> Terms(IndexSnapshot index, string question) =>
        QueryParser.Parse(index, question).Terms.Select(t => index.Terms[t.TermId]).ToHashSet(StringComparer.Ordinal);

    private static (KnowledgeDocument Document, IndexSnapshot Index) RealFaq(string id) =>
        (Real.Value.Load.Documents.Single(d => d.Id == id), Real.Value.Index);
}
