using System.Text.Json.Nodes;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Tests.Cards;

/// The C# binder against the official engine (adaptivecards-templating 2.3.1): the expected files were
/// made by it (node tools/cardcheck/expected.js --write; tools/cardcheck/check-cards.sh checks they are current).
public sealed class CardBinderTests
{
    public static TheoryData<string> Cards() => [.. RepoFiles.CardNames()];

    public static TheoryData<string> Fixtures() =>
        [.. Directory.GetFiles(RepoFiles.Path("tests", "Bot.Tests", "Cards", "Fixtures"), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cards))]
    public void Bind_ShippedTemplateWithSample_EqualsOfficialEngine(string card)
    {
        var bound = CardBinder.Bind(RepoFiles.Json("cards", card + ".json"), RepoFiles.Json("cards", card + ".sample.json"));

        var expected = RepoFiles.Json("tests", "Bot.Tests", "Cards", "Expected", card + ".json");
        Assert.True(JsonNode.DeepEquals(expected, bound.Value), $"{card}: differs from the official engine:\n{bound.Value}");
        Assert.Empty(bound.Unresolved);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Bind_EdgeCaseFixture_EqualsOfficialEngine(string fixture)
    {
        var input = RepoFiles.Json("tests", "Bot.Tests", "Cards", "Fixtures", fixture + ".json");
        var expected = RepoFiles.Json("tests", "Bot.Tests", "Cards", "Expected", $"fixture-{fixture}.json").AsObject();

        if (expected.ContainsKey("error"))
        {
            Assert.Throws<TemplateException>(() => CardBinder.Bind(input["template"]!, input["data"]));
            return;
        }
        var bound = CardBinder.Bind(input["template"]!, input["data"]);
        Assert.True(JsonNode.DeepEquals(expected["bound"], bound.Value),
            $"{fixture}: differs from the official engine.\nexpected: {expected["bound"]}\nactual:   {bound.Value}");
    }

    [Fact]
    public void Bind_MissingValue_LeavesTextAndReportsPath()
    {
        var template = JsonNode.Parse("""{"body":[{"text":"Hallo ${name}"},{"text":"${t.title}"}]}""")!;

        var bound = CardBinder.Bind(template, JsonNode.Parse("""{"t":{}}"""));

        Assert.Equal("Hallo ${name}", (string?)bound.Value!["body"]![0]!["text"]);
        Assert.Equal(["/body/0/text", "/body/1/text"], bound.Unresolved);
    }

    [Fact]
    public void Bind_EscapedExpression_StaysLiteralAndResolved()
    {
        var bound = CardBinder.Bind(JsonNode.Parse("""{"text":"\\${name}"}""")!, JsonNode.Parse("""{"name":"Ada"}"""));

        Assert.Equal("${name}", (string?)bound.Value!["text"]);
        Assert.Empty(bound.Unresolved);
    }

    [Theory]
    [InlineData("""{"a":{"b":"${toUpper(name)}"}}""", "/a/b")]
    [InlineData("""{"a":["x","${name + 1}"]}""", "/a/1")]
    [InlineData("""{"a":"${name ? 1 : 2}"}""", "/a")]
    [InlineData("""{"a":"${$host.x} ${#turn}"}""", "/a")]
    [InlineData("""{"a":"${{x: 1}}"}""", "/a")]
    [InlineData("""{"a":"${join(list)}"}""", "/a")]
    [InlineData("""{"a":{"$data":[1,2],"b":"${$data}"}}""", "/a/$data")]
    [InlineData("""{"a":"x ${} y"}""", "/a")]
    [InlineData("""{"a":"${name"}""", "/a")]
    [InlineData("""{"a":"`code` ${name}"}""", "/a")]
    [InlineData("""{"a~b/c":"${Name()}"}""", "/a~0b~1c")]
    public void Bind_UnsupportedSyntax_ThrowsWithTemplatePath(string template, string path)
    {
        var e = Assert.Throws<TemplateException>(() => CardBinder.Bind(JsonNode.Parse(template)!, JsonNode.Parse("{}")));

        Assert.StartsWith(path + ":", e.Message);
    }

    [Fact]
    public void Bind_UnsupportedSyntaxInDroppedBranch_StillThrows()
    {
        var template = JsonNode.Parse("""{"$when":"${false}","a":"${name * 2}"}""")!;

        Assert.Throws<TemplateException>(() => CardBinder.Bind(template, JsonNode.Parse("{}")));
    }
}
