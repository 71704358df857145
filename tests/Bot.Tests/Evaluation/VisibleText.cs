using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace KommunalBot.Bot.Tests.Evaluation;

/// The text a clerk sees in Teams without clicking anything: the message text and, in each Adaptive Card,
/// TextBlocks, RichTextBlock runs and FactSet titles and values. Left out: button titles, elements with
/// isVisible:false and Action.ShowCard cards (hidden until clicked), link targets, Markdown markers.
internal static partial class VisibleText
{
    /// Card properties holding child elements (containers, column sets, tables); actions are not among them.
    private static readonly string[] ChildLists = ["body", "items", "columns", "rows", "cells"];

    public static string Of(string? messageText, IEnumerable<JsonObject> cards)
    {
        var parts = new List<string>();
        if (messageText is not null)
        {
            parts.Add(messageText);
        }

        foreach (var card in cards)
        {
            Collect(card, parts);
        }

        return Clean(string.Join(' ', parts));
    }

    /// `[text](url)` becomes its text, `**` goes, runs of whitespace become one space.
    public static string Clean(string text)
    {
        var plain = MarkdownLink().Replace(text, "$1").Replace("**", string.Empty, StringComparison.Ordinal);
        return Whitespace().Replace(plain, " ").Trim();
    }

    private static void Collect(JsonObject element, List<string> parts)
    {
        if (element["isVisible"] is JsonValue visible && visible.TryGetValue(out bool shown) && !shown)
        {
            return;
        }

        switch ((string?)element["type"])
        {
            case "TextBlock":
                Add(element["text"], parts);
                return;
            case "RichTextBlock":
                foreach (var inline in element["inlines"]?.AsArray() ?? [])
                {
                    Add(inline is JsonObject run ? run["text"] : inline, parts); // a TextRun or a plain string
                }

                return;
            case "FactSet":
                foreach (var fact in element["facts"]?.AsArray().OfType<JsonObject>() ?? [])
                {
                    Add(fact["title"], parts);
                    Add(fact["value"], parts);
                }

                return;
        }

        foreach (var list in ChildLists)
        {
            foreach (var child in element[list]?.AsArray().OfType<JsonObject>() ?? [])
            {
                Collect(child, parts);
            }
        }
    }

    private static void Add(JsonNode? text, List<string> parts)
    {
        if (text is JsonValue value && value.TryGetValue(out string? s) && !string.IsNullOrWhiteSpace(s))
        {
            parts.Add(s);
        }
    }

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
