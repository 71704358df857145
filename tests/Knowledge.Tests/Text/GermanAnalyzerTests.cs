using KommunalBot.Knowledge.Text;

namespace KommunalBot.Knowledge.Tests.Text;

public sealed class GermanAnalyzerTests
{
    private static List<string> Terms(string text) => GermanAnalyzer.Analyze(text).Select(t => t.Term).ToList();

    [Fact]
    public void Analyze_UmlautCaseAndTranscription_ProduceSameTerm()
    {
        Assert.Equal(Terms("Gebühr"), Terms("GEBUEHR"));
        Assert.Equal(Terms("Gebühr"), Terms("gebuhr"));
        Assert.Equal(Terms("Straße"), Terms("strasse"));
    }

    [Fact]
    public void Analyze_CompatibilityCharacters_AreNormalised() =>
        Assert.Equal(Terms("Antrag"), Terms("Ａｎｔｒａｇ")); // full-width letters (NFKC)

    [Fact]
    public void Analyze_LoneSurrogates_AreNoWordsAndDoNotThrow() =>
        Assert.Equal(Terms("Wohngeld Antrag"), Terms("Wohngeld \uD800 Antrag\uDC00"));

    [Fact]
    public void Analyze_StopWords_AreDropped() =>
        Assert.Equal(["fachverfahr", "wohngeld"], Terms("Welche Fachverfahren gibt es für das Wohngeld?"));

    [Fact]
    public void Analyze_HyphenatedWord_YieldsPartsAndJoinedForm() =>
        Assert.Equal(["fit", "connect", "fitconnect"], Terms("FIT-Connect"));

    [Fact]
    public void Analyze_Inflections_ShareStem() =>
        Assert.Equal(Terms("Anmeldung"), Terms("Anmeldungen"));
}
