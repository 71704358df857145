using System.Text.Json.Nodes;

namespace KommunalBot.Bot.Features.Ask.Assistant;

/// The `entities` of a message activity that carries a phrased answer: one root Message entity with Teams'
/// AI label and one Claim per cited source, matching the "[n]" in the text.
/// Shape and limits: https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bot-messages-ai-generated-content
/// (MicrosoftDocs/msteams-docs, msteams-platform/bots/how-to/bot-messages-ai-generated-content.md): one root entity only
/// (several give 400), at most 20 citations, name at most 80 characters, abstract at most 160; "@id" is left blank.
internal static class AiMessageEntities
{
    public const int MaxCitations = 20;
    public const int MaxNameLength = 80;
    public const int MaxAbstractLength = 160;

    public static JsonArray Build(PhrasedAnswer answer)
    {
        var citations = new JsonArray();
        foreach (var citation in answer.Citations.OrderBy(c => c.Number).Take(MaxCitations))
        {
            var appearance = new JsonObject
            {
                ["@type"] = "DigitalDocument",
                ["name"] = Shorten(citation.Title, MaxNameLength),
                ["abstract"] = Shorten(citation.Snippet ?? citation.Title, MaxAbstractLength),
            };
            if (Uri.TryCreate(citation.Url, UriKind.Absolute, out var url) && url.Scheme is "https" or "http")
            {
                appearance["url"] = citation.Url;
            }

            citations.Add(new JsonObject
            {
                ["@type"] = "Claim",
                ["position"] = citation.Number,
                ["appearance"] = appearance,
            });
        }

        return
        [
            new JsonObject
            {
                ["type"] = "https://schema.org/Message",
                ["@type"] = "Message",
                ["@context"] = "https://schema.org",
                ["@id"] = "",
                ["additionalType"] = new JsonArray("AIGeneratedContent"),
                ["citation"] = citations,
            },
        ];
    }

    private static string Shorten(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1).TrimEnd(), "…");
}
