using System.Text.Json.Nodes;

namespace KommunalBot.Bot.Tests.Evaluation;

public sealed class VisibleTextTests
{
    [Fact]
    public void Of_CardWithEveryKindOfText_KeepsWhatIsShownWithoutClicking()
    {
        var card = Card("""
            {
              "type": "AdaptiveCard",
              "body": [
                { "type": "TextBlock", "text": "Transportweg" },
                { "type": "Container", "items": [
                  { "type": "RichTextBlock", "inlines": [ "plain ", { "type": "TextRun", "text": "run" } ] },
                  { "type": "FactSet", "facts": [ { "title": "Betreiber", "value": "Dataport" } ] }
                ], "selectAction": { "type": "Action.Execute", "title": "select title" } },
                { "type": "ColumnSet", "columns": [ { "type": "Column", "items": [ { "type": "TextBlock", "text": "in a column" } ] } ] },
                { "type": "Container", "isVisible": false, "items": [ { "type": "TextBlock", "text": "hidden" } ] },
                { "type": "ActionSet", "actions": [
                  { "type": "Action.Execute", "title": "button title" },
                  { "type": "Action.ShowCard", "title": "show", "card": { "type": "AdaptiveCard", "body": [ { "type": "TextBlock", "text": "behind a click" } ] } }
                ] }
              ],
              "actions": [ { "type": "Action.Submit", "title": "card action" } ]
            }
            """);

        var text = VisibleText.Of(null, [card]);

        Assert.Equal("Transportweg plain run Betreiber Dataport in a column", text);
    }

    [Fact]
    public void Of_MessageTextAndTwoCards_JoinsThemInOrder()
    {
        var text = VisibleText.Of("Vorab [1]", [Card("""{ "body": [ { "type": "TextBlock", "text": "eins" } ] }"""), Card("""{ "body": [ { "type": "TextBlock", "text": "zwei" } ] }""")]);

        Assert.Equal("Vorab [1] eins zwei", text);
    }

    [Theory]
    [InlineData("**OSCI** über [Dataport OSI](https://docs.osi.dataport.de/x)", "OSCI über Dataport OSI")]
    [InlineData("[1] [Integrationsleitfaden](https://example.org/a?b=c) (Stand 2025-03-18)", "[1] Integrationsleitfaden (Stand 2025-03-18)")]
    [InlineData("  Zeile eins\n\n- Zeile\tzwei  ", "Zeile eins - Zeile zwei")]
    public void Clean_Markdown_LeavesTheTextTheClerkReads(string markdown, string expected)
    {
        Assert.Equal(expected, VisibleText.Clean(markdown));
    }

    private static JsonObject Card(string json) => JsonNode.Parse(json)!.AsObject();
}
