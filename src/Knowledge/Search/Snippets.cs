using System.Text;
using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Text;

namespace KommunalBot.Knowledge.Search;

/// <summary>Picks the densest window of matching words from a document's text and marks matches <c>**bold**</c>.</summary>
internal static class Snippets
{
    private const int Window = 30;

    public static string Build(KnowledgeDocument document, IReadOnlySet<string> queryTerms)
    {
        var text = string.IsNullOrWhiteSpace(document.Body) ? document.Summary : document.Summary + "\n" + document.Body;
        return Build(text, queryTerms);
    }

    public static string Build(string text, IReadOnlySet<string> queryTerms)
    {
        if (text.Length == 0)
        {
            return "";
        }

        // Token spans refer to the normalised text; NFKC can change lengths, so cut the normalised original.
        var normalizedOriginal = text.Normalize(NormalizationForm.FormKC);
        var tokens = TextNormalizer.Tokenize(normalizedOriginal);
        if (tokens.Count == 0 || normalizedOriginal.Length != normalizedOriginal.ToLowerInvariant().Length)
        {
            return Shorten(text);
        }

        var matches = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            matches[i] = !StopWords.Contains(tokens[i].Text) && queryTerms.Contains(GermanAnalyzer.Term(tokens[i].Text));
        }

        var bestStart = 0;
        var bestCount = -1;
        var count = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            count += matches[i] ? 1 : 0;
            if (i >= Window)
            {
                count -= matches[i - Window] ? 1 : 0;
            }

            if (count > bestCount)
            {
                bestCount = count;
                bestStart = Math.Max(0, i - Window + 1);
            }
        }

        var end = Math.Min(tokens.Count, bestStart + Window);
        var builder = new StringBuilder();
        if (bestStart > 0)
        {
            builder.Append('…');
        }

        var cursor = tokens[bestStart].Start;
        for (var i = bestStart; i < end; i++)
        {
            var token = tokens[i];
            if (token.Start < cursor)
            {
                continue; // joined form of a hyphenated word
            }

            builder.Append(normalizedOriginal, cursor, token.Start - cursor);
            if (matches[i])
            {
                builder.Append("**").Append(normalizedOriginal, token.Start, token.Length).Append("**");
            }
            else
            {
                builder.Append(normalizedOriginal, token.Start, token.Length);
            }

            cursor = token.Start + token.Length;
        }

        if (end < tokens.Count)
        {
            builder.Append(" …");
        }

        return builder.ToString().Replace('\n', ' ');
    }

    private static string Shorten(string text) => text.Length <= 240 ? text : text[..240] + " …";
}
