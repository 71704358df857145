using KommunalBot.Knowledge.Text;

namespace KommunalBot.Knowledge.Tests.Text;

public sealed class CompoundSplitterTests
{
    private static Func<string, bool> Vocabulary(params string[] words)
    {
        var stems = words.Select(w => GermanStemmer.Stem(w.ToLowerInvariant())).ToHashSet();
        return stems.Contains;
    }

    [Fact]
    public void Split_TwoKnownWords_FindsBoth() =>
        Assert.Equal(["hundesteuer", "anmeldung"], CompoundSplitter.Split("hundesteueranmeldung", Vocabulary("Hundesteuer", "Anmeldung")) ?? []);

    [Fact]
    public void Split_FugenS_IsRemovedFromHead() =>
        Assert.Equal(["einbürgerung", "antrag"], CompoundSplitter.Split("einbürgerungsantrag", Vocabulary("Einbürgerung", "Antrag")) ?? []);

    [Fact]
    public void Split_ThreeParts_AreFound() =>
        Assert.Equal(["hund", "steuer", "anmeldung"], CompoundSplitter.Split("hundsteueranmeldung", Vocabulary("Hund", "Steuer", "Anmeldung")) ?? []);

    [Fact]
    public void Split_UnknownPart_ReturnsNull() =>
        Assert.Null(CompoundSplitter.Split("hundesteuerquatschwort", Vocabulary("Hundesteuer")));
}
