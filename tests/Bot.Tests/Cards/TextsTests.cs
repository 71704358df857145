using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using KommunalBot.Bot.Resources;

namespace KommunalBot.Bot.Tests.Cards;

public sealed partial class TextsTests
{
    private readonly Texts _texts = new();

    private static string[] ResxKeys(string file) =>
        [.. XDocument.Load(RepoFiles.Path("src", "Bot", "Resources", file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).Order(StringComparer.Ordinal)];

    [Fact]
    public void Resources_EveryKey_ExistsInGermanAndEnglish()
    {
        Assert.Equal(ResxKeys("Texts.resx"), ResxKeys("Texts.en.resx"));
        Assert.Equal(ResxKeys("Texts.resx"), _texts.Keys);
    }

    [Fact]
    public void Resources_EveryText_IsNonEmptyAndTranslated()
    {
        foreach (var key in _texts.Keys)
        {
            Assert.False(string.IsNullOrWhiteSpace(_texts.Get(key, Texts.German)), key);
            Assert.False(string.IsNullOrWhiteSpace(_texts.Get(key, Texts.English)), key);
        }
        Assert.Equal("Hilfe", _texts.Get("actionHelp", Texts.German));
        Assert.Equal("Help", _texts.Get("actionHelp", Texts.English));
    }

    [Fact]
    public void Cards_EveryTextReference_ExistsInResources()
    {
        foreach (var card in RepoFiles.CardNames())
        {
            var json = File.ReadAllText(RepoFiles.Path("cards", card + ".json"));
            foreach (Match m in TextReference().Matches(json))
            {
                Assert.True(_texts.Keys.Contains(m.Groups[1].Value), $"cards/{card}.json uses t.{m.Groups[1].Value}, missing in Texts.resx");
            }
        }
    }

    [Fact]
    public void Samples_Texts_EqualGermanResources()
    {
        foreach (var card in RepoFiles.CardNames())
        {
            var sample = RepoFiles.Json("cards", card + ".sample.json");
            Assert.True(JsonNode.DeepEquals(_texts.All(Texts.German), sample["t"]),
                $"cards/{card}.sample.json: \"t\" differs from Texts.resx; run node tools/cardcheck/expected.js --write");
        }
    }

    [Theory]
    [InlineData("de-DE", "de")]
    [InlineData("de-AT", "de")]
    [InlineData("en-US", "en")]
    [InlineData("en-GB", "en")]
    [InlineData("fr-FR", "de")]
    [InlineData("", "de")]
    [InlineData(null, "de")]
    public void CultureFor_Locale_PicksGermanOrEnglish(string? locale, string expected)
    {
        Assert.Equal(CultureInfo.GetCultureInfo(expected), Texts.CultureFor(locale));
    }

    [Fact]
    public void Get_UnknownKey_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => _texts.Get("noSuchText", Texts.German));
    }

    [GeneratedRegex(@"\bt\.([A-Za-z0-9_]+)")]
    private static partial Regex TextReference();
}
