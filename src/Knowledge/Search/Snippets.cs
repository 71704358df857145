using System.Text;
using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Text;

namespace KommunalBot.Knowledge.Search;

/// <summary>
/// Picks the densest window of matching words from a document's text and marks matches <c>**bold**</c>.
/// Words are looked up as spans in the index's word table, so building a snippet allocates little.
/// </summary>
internal static class Snippets
{
    private const int Window = 30;
    private const int MaxScan = 6000;

    public static string Build(KnowledgeDocument document, IReadOnlySet<string> queryTerms, IndexSnapshot index)
    {
        var text = string.IsNullOrWhiteSpace(document.Body) ? document.Summary : document.Summary + "\n" + document.Body;
        return Build(text, queryTerms, index);
    }

    public static string Build(string text, IReadOnlySet<string> queryTerms, IndexSnapshot index)
    {
        if (text.Length == 0)
        {
            return "";
        }

        var scanned = text.Length > MaxScan ? text[..MaxScan] : text;
        Span<char> buffer = stackalloc char[64];
        var words = index.Words.GetAlternateLookup<ReadOnlySpan<char>>();
        var spans = new List<(int Start, int Length, bool Match)>(256);
        var i = 0;
        while (i < scanned.Length)
        {
            if (!char.IsLetterOrDigit(scanned[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < scanned.Length && char.IsLetterOrDigit(scanned[i]))
            {
                i++;
            }

            var length = i - start;
            var match = false;
            if (length <= buffer.Length)
            {
                var span = buffer[..length];
                scanned.AsSpan(start, length).ToLowerInvariant(span);
                match = words.TryGetValue(span, out var word)
                    ? queryTerms.Contains(word.Term)
                    : length > 3 && queryTerms.Contains(GermanAnalyzer.Term(TextNormalizer.Normalize(span.ToString())));
            }

            spans.Add((start, i - start, match));
        }

        if (spans.Count == 0)
        {
            return Shorten(text);
        }

        var bestStart = 0;
        var bestCount = -1;
        var count = 0;
        for (var t = 0; t < spans.Count; t++)
        {
            count += spans[t].Match ? 1 : 0;
            if (t >= Window)
            {
                count -= spans[t - Window].Match ? 1 : 0;
            }

            if (count > bestCount)
            {
                bestCount = count;
                bestStart = Math.Max(0, t - Window + 1);
            }
        }

        var end = Math.Min(spans.Count, bestStart + Window);
        var builder = new StringBuilder(Window * 10);
        if (bestStart > 0)
        {
            builder.Append("… ");
        }

        var cursor = spans[bestStart].Start;
        for (var t = bestStart; t < end; t++)
        {
            var (start, length, match) = spans[t];
            builder.Append(scanned, cursor, start - cursor);
            if (match)
            {
                builder.Append("**").Append(scanned, start, length).Append("**");
            }
            else
            {
                builder.Append(scanned, start, length);
            }

            cursor = start + length;
        }

        if (end < spans.Count || scanned.Length < text.Length)
        {
            builder.Append(" …");
        }

        return builder.Replace('\n', ' ').ToString();
    }

    public static string Shorten(string text) => text.Length <= 240 ? text : text[..240] + " …";
}
