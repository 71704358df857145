using System.Text.Json.Nodes;
using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Resources;

namespace KommunalBot.Bot.Tests.Cards;

public sealed class CardRendererTests
{
    private readonly CardRenderer _renderer = new(new Texts());

    public static TheoryData<string> Cards() => [.. RepoFiles.CardNames()];

    [Fact]
    public void CardNames_EmbeddedTemplates_MatchCardsFolder()
    {
        Assert.Equal(RepoFiles.CardNames(), _renderer.CardNames.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Render_SampleDataGerman_EqualsOfficialBinding(string card)
    {
        var rendered = _renderer.Render(card, RepoFiles.Json("cards", card + ".sample.json"), Texts.German);

        // The sample carries the resx texts as "t", so the renderer's merge gives the same card.
        var expected = RepoFiles.Json("tests", "Bot.Tests", "Cards", "Expected", card + ".json");
        Assert.True(JsonNode.DeepEquals(expected, rendered), rendered.ToJsonString());
    }

    [Fact]
    public void Render_English_UsesEnglishTexts()
    {
        var card = _renderer.Render("help", new JsonObject(), Texts.English);

        Assert.Equal("How to use KommunalBot", (string?)card["body"]![0]!["text"]);
    }

    [Fact]
    public void Render_RequiredValueMissing_ThrowsNamingCardAndPath()
    {
        var e = Assert.Throws<TemplateException>(() => _renderer.Render("tenant-refusal", new JsonObject(), Texts.German));

        Assert.Contains("tenant-refusal", e.Message);
        Assert.Contains("/actions/0/url", e.Message);
    }

    [Fact]
    public void Render_OptionalValuesMissing_DropsTheirElements()
    {
        var full = _renderer.Render("welcome", RepoFiles.Json("cards", "welcome.sample.json"), Texts.German);

        var card = _renderer.Render("welcome", new JsonObject(), Texts.German);

        Assert.DoesNotContain("${", card.ToJsonString());
        Assert.Equal(full["body"]!.AsArray().Count - 2, card["body"]!.AsArray().Count); // no greeting, no examples
        Assert.DoesNotContain("Hallo", card.ToJsonString());
    }

    [Fact]
    public void Render_UserDataContainingTemplateSyntax_IsKeptVerbatim()
    {
        var data = new JsonObject { ["userName"] = "${t.helpTitle}", ["examples"] = new JsonArray() };

        var card = _renderer.Render("welcome", data, Texts.German);

        Assert.Equal("Hallo ${t.helpTitle}", (string?)card["body"]![1]!["text"]);
    }

    [Fact]
    public void Render_MessageOverSizeLimit_Throws()
    {
        var examples = new JsonArray([.. Enumerable.Range(0, 400).Select(i => (JsonNode)JsonValue.Create(new string('x', 100) + i)!)]);

        var e = Assert.Throws<TemplateException>(() => _renderer.Render("welcome", new JsonObject { ["examples"] = examples }, Texts.German));

        Assert.Contains("over the Teams limit", e.Message);
    }

    [Fact]
    public void Render_UnknownCard_Throws()
    {
        Assert.Throws<ArgumentException>(() => _renderer.Render("nope", new JsonObject(), Texts.German));
    }

    [Fact]
    public void Attachment_Card_HasAdaptiveCardContentType()
    {
        var card = _renderer.Render("help", new JsonObject(), Texts.German);

        var attachment = _renderer.Attachment(card);

        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Same(card, attachment["content"]);
    }
}
