using KommunalBot.Knowledge.Answers;

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

    [Fact]
    public void Detect_CatalogueQuestion_SetsCatalogIntent() =>
        Assert.True(FacetDetector.Detect("Welche LeiKa-Schlüssel hat die Hundesteuer?").CatalogIntent);
}
