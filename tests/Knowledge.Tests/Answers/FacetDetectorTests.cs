using KommunalBot.Knowledge.Answers;
using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Search;

namespace KommunalBot.Knowledge.Tests.Answers;

public sealed class FacetDetectorTests
{
    [Theory]
    [InlineData("Welche Fachverfahren sind mit dem Online-Dienst Wohngeld kompatibel?", Facet.Fachverfahren)]
    [InlineData("Welcher Hersteller liefert die Software für die Einbürgerung?", Facet.Fachverfahren)]
    [InlineData("Über welchen Transportweg kommen die Anträge an?", Facet.Transportweg)]
    [InlineData("Geht das über FIT-Connect oder OSCI?", Facet.Transportweg)]
    [InlineData("Was kostet die Anbindung an den Einbürgerungsantrag?", Facet.Kosten)]
    [InlineData("Welche Anbindungskosten fallen an?", Facet.Kosten)]
    [InlineData("Wer ist Ansprechpartner für Wohngeld?", Facet.Ansprechpartner)]
    [InlineData("Ist der Dienst in Bayern schon verfügbar?", Facet.Status)]
    [InlineData("Wie binde ich den Dienst an, welche Schritte sind nötig?", Facet.Anbindung)]
    [InlineData("Wie können Bürger die Gebühren online bezahlen?", Facet.Zahlung)]
    [InlineData("Welches Nutzerkonto wird verwendet, BundID?", Facet.Nutzerkonto)]
    [InlineData("Was ist das Wohngeld online?", Facet.Allgemein)]
    [InlineData("Wie melde ich den Wohnsitz elektronisch an?", Facet.Allgemein)]
    public void Detect_Question_ReturnsFacet(string question, Facet facet) =>
        Assert.Equal(facet, FacetDetector.Detect(question).Facet);

    // Multi-word cues: how clerks ask for setup steps, contacts and state in Teams.
    [Theory]
    [InlineData("kfz zulassung online – was müssen wir im amt vorher vorbereiten?", Facet.Anbindung)]
    [InlineData("wie übernehmen wir den hundesteuer dienst von einem anderen land", Facet.Anbindung)]
    [InlineData("postfach für fit-connect anlegen, was brauchen wir alles", Facet.Anbindung)]
    [InlineData("osci zertifikat beantragen machen wir das selbst oder die it?", Facet.Anbindung)]
    [InlineData("eheschließung online anbindung klemmt, hilfe mail?", Facet.Ansprechpartner)]
    [InlineData("gewerbeanmeldung störung – wo können wir das melden", Facet.Ansprechpartner)]
    [InlineData("wann wurden die ersten standesämter angebunden?", Facet.Status)]
    [InlineData("wann wurde der jagdschein in hessen freigeschaltet", Facet.Status)]
    [InlineData("hundesteuer: eigenes verfahren im land oder efa-dienst?", Facet.Status)]
    public void Detect_MultiWordCue_ReturnsFacet(string question, Facet facet) =>
        Assert.Equal(facet, FacetDetector.Detect(question).Facet);

    [Fact]
    public void Detect_WordVerfahrenWithoutQuestionWord_IsNoFachverfahrenCue() =>
        Assert.NotEqual(Facet.Fachverfahren, FacetDetector.Detect("gibt es für das verfahren eine anleitung?").Facet);

    [Fact]
    public void Detect_VerfahrenCompound_IsFachverfahrenCue() =>
        Assert.Equal(Facet.Fachverfahren, FacetDetector.Detect("welches meldeverfahren nutzt die stadt?").Facet);

    [Theory]
    [InlineData("hilfe zur pflege online beantragen")]
    [InlineData("wann wurde die rahmenvereinbarung unterschrieben")]
    [InlineData("übernahme der bestattungskosten online")]
    public void Detect_CueWordInOtherSense_IsNotAnsprechpartnerOrStatusOrAnbindung(string question) =>
        Assert.DoesNotContain(FacetDetector.Detect(question).Facet, new[] { Facet.Ansprechpartner, Facet.Status, Facet.Anbindung });

    [Fact]
    public void Detect_StandardAlsoListedAsRoute_IsFachverfahren()
    {
        var steckbrief = new Steckbrief
        {
            UmsetzendesLand = "Bremen",
            Status = new ServiceStatus("Produktiv.", []),
            Fachstandard = ["XHundesteuer"],
            Transportwege = [new TransportwegEntry("XHundesteuer", null, null), new TransportwegEntry("dDatabox", null, null)],
        };
        var lexicon = FacetLexiconBuilder.Build([new KnowledgeDocument { Id = "h", Type = DocumentType.Steckbrief, Title = "Hundesteuer", Steckbrief = steckbrief }]);

        Assert.Equal(Facet.Fachverfahren, FacetDetector.Detect("xhundesteuer wer pflegt das?", lexicon).Facet);
        Assert.Equal(Facet.Transportweg, FacetDetector.Detect("ddatabox bei der hundesteuer?", lexicon).Facet);
    }

    [Theory]
    [InlineData("wie kommen die hundesteuer anträge zu uns?")]
    [InlineData("wie gelangen die meldungen zu der behörde")]
    public void Detect_HowDoApplicationsReachUs_IsTransportweg(string question) =>
        Assert.Equal(Facet.Transportweg, FacetDetector.Detect(question).Facet);

    [Fact]
    public void Detect_CatalogueQuestion_SetsCatalogIntent() =>
        Assert.True(FacetDetector.Detect("Welche LeiKa-Schlüssel hat die Hundesteuer?").CatalogIntent);
}
