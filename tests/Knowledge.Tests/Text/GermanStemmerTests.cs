using KommunalBot.Knowledge.Text;

namespace KommunalBot.Knowledge.Tests.Text;

public sealed class GermanStemmerTests
{
    // Pairs from the Snowball reference vocabulary and output (snowballstem/snowball-data, german/voc.txt and output.txt).
    [Theory]
    [InlineData("aalglatten", "aalglatt")]
    [InlineData("aargauer", "aargau")]
    [InlineData("aasen", "aas")]
    [InlineData("aashöllen", "aasholl")]
    [InlineData("abarten", "abart")]
    [InlineData("abbildung", "abbild")]
    [InlineData("abbrechen", "abbrech")]
    [InlineData("abenddämmerung", "abenddammer")]
    [InlineData("abendessen", "abendess")]
    [InlineData("abendländischen", "abendland")]
    [InlineData("abendlichen", "abend")]
    [InlineData("abenteuer", "abenteu")]
    [InlineData("abenteuerlich", "abenteu")]
    [InlineData("abenteuerspielplätzen", "abenteuerspielplatz")]
    [InlineData("abenteurer", "abenteur")]
    [InlineData("aberglauben", "aberglaub")]
    [InlineData("abermalige", "abermal")]
    [InlineData("abertausend", "abertaus")]
    [InlineData("aberwitzigen", "aberwitz")]
    [InlineData("abgebrochenes", "abgebroch")]
    [InlineData("abgeordnetenversammlung", "abgeordnetenversamml")]
    [InlineData("abgeordneter", "abgeordnet")]
    [InlineData("abhängigkeit", "abhang")]
    [InlineData("abscheulichste", "abscheulich")]
    [InlineData("achtung", "achtung")]
    [InlineData("achtungsvoller", "achtungsvoll")]
    [InlineData("achtzehnjährigem", "achtzehnjahr")]
    [InlineData("aktuell", "aktull")]
    [InlineData("allgemeinheit", "allgemein")]
    [InlineData("allmächtigen", "allmacht")]
    [InlineData("altertümlichen", "altertum")]
    [InlineData("amtsgeheimnisse", "amtsgeheimnis")]
    [InlineData("anerkennung", "anerkenn")]
    [InlineData("angehörigen", "angehor")]
    [InlineData("angelegenheiten", "angeleg")]
    [InlineData("angenehmsten", "angenehm")]
    [InlineData("anhänglichkeit", "anhang")]
    [InlineData("anmelden", "anmeld")]
    [InlineData("anstrengungen", "anstreng")]
    [InlineData("abschluß", "abschluss")]
    [InlineData("abläßt", "ablasst")]
    [InlineData("abgeführt", "abgefuhrt")]
    [InlineData("achseln", "achsel")]
    [InlineData("albern", "alb")]
    [InlineData("albernheit", "albern")]
    [InlineData("abhandlung", "abhandl")]
    [InlineData("anrufbeantworter", "anrufbeantwort")]
    public void Stem_ReferenceWord_MatchesSnowballOutput(string word, string stem) =>
        Assert.Equal(stem, GermanStemmer.Stem(word));

    [Theory]
    [InlineData("gebühr")]
    [InlineData("gebuehr")]
    [InlineData("gebuhr")]
    public void Stem_UmlautSpellings_Meet(string word) => Assert.Equal("gebuhr", GermanStemmer.Stem(word));
}
