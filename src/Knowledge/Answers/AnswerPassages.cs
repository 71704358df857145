using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Search;

namespace KommunalBot.Knowledge.Answers;

/// <summary>
/// Picks the part of one document that answers a question: the block (paragraph, lead-in with its list, list,
/// table) that holds most of the question's words, weighted by how few blocks hold them; plus the block that holds
/// the words the first one lacks ("Wie registrieren wir uns und was kostet das?"). A general question, or one that
/// no later block fits better, gets the first block. Blocks stay whole and in document order; the length cap cuts
/// at list items (AnswerPassages.Layout.cs). Pure: the same input gives the same passage.
/// </summary>
internal static partial class AnswerPassages
{
    /// <summary>
    /// Longest document text read: seven times the longest article today (2.8 kB), so that one answer's work stays
    /// bounded whatever a document holds.
    /// </summary>
    public const int MaxScan = 20_000;

    /// <summary>Passage from an article's Markdown (the text after the front matter).</summary>
    public static AnswerPassage Select(string markdown, IReadOnlySet<string> queryTerms, IndexSnapshot index, bool general = false)
    {
        var (text, clipped) = Clip(markdown);
        return Select(PassageBlocks.FromMarkdown(text), clipped, queryTerms, index, general);
    }

    /// <summary>
    /// Passage from a loaded document: from the article's Markdown when it has one. Otherwise (a document published
    /// programmatically) from <see cref="KnowledgeDocument.Body"/>, which is plain text
    /// (<see cref="MarkdownText.ToPlain"/>: list items as "• ", no numbers, no bold, organisation and contact appended),
    /// so its lists come out as "- " items; the Markdown overload keeps numbers and bold. Other documents answer
    /// from their summary and body.
    /// </summary>
    public static AnswerPassage Select(KnowledgeDocument document, IReadOnlySet<string> queryTerms, IndexSnapshot index, bool general = false)
    {
        if (document.Markdown is { Length: > 0 } markdown)
        {
            return Select(markdown, queryTerms, index, general); // numbers and bold as the editor wrote them
        }

        var text = document.Type is DocumentType.Faq or DocumentType.BestPractice
            ? WithoutAppendedContact(document.Body)
            : string.IsNullOrWhiteSpace(document.Body) ? document.Summary : document.Summary + "\n\n" + document.Body;
        var (clippedText, clipped) = Clip(text);
        return Select(PassageBlocks.FromPlain(clippedText), clipped, queryTerms, index, general);
    }

    private static AnswerPassage Select(List<PassageBlock> blocks, bool clipped, IReadOnlySet<string> queryTerms, IndexSnapshot index, bool general)
    {
        if (blocks.Count == 0)
        {
            return new AnswerPassage("", false, "");
        }

        var full = Join(Lines(blocks, Enumerable.Range(0, blocks.Count))) + (clipped ? "\n\n…" : "");
        var words = general ? null : new QueryWords(queryTerms, index.Glossary);
        if (words is null || words.Count == 0)
        {
            return Compose(blocks, 0, -1, full);
        }

        var found = blocks.ConvertAll(b => words.Find(b, index));
        var weights = Weights(found, words.Count);
        var primary = Best(found, weights, covered: null, exclude: -1);
        var covered = Array.ConvertAll(found[primary], f => f > 0);
        var extra = Best(found, weights, covered, exclude: primary);
        return Compose(blocks, primary, extra, full);
    }

    // A word found in few blocks says more about which block answers than one found in all of them (the search's
    // idf, one level down): ln(1 + blocks / blocks with the word).
    private static double[] Weights(List<float[]> found, int words)
    {
        var weights = new double[words];
        for (var w = 0; w < words; w++)
        {
            var count = found.Count(f => f[w] > 0);
            weights[w] = count == 0 ? 0 : Math.Log(1 + ((double)found.Count / count));
        }

        return weights;
    }

    // The block with the highest weighted sum of words not yet covered; the earliest wins a tie, so the first block
    // answers when no other fits better. -1 when the best adds nothing.
    private static int Best(List<float[]> found, double[] weights, bool[]? covered, int exclude)
    {
        var best = covered is null ? 0 : -1;
        var bestScore = 0.0;
        for (var b = 0; b < found.Count; b++)
        {
            var score = 0.0;
            for (var w = 0; w < weights.Length; w++)
            {
                score += covered?[w] == true ? 0 : found[b][w] * weights[w];
            }

            if (b != exclude && score > bestScore)
            {
                (best, bestScore) = (b, score);
            }
        }

        return best;
    }

    private static (string Text, bool Clipped) Clip(string text)
    {
        if (text.Length <= MaxScan)
        {
            return (text, false);
        }

        var line = text.LastIndexOf('\n', MaxScan - 1);
        return (text[..(line > MaxScan / 2 ? line : MaxScan)], true);
    }

    // ArticleParser appends the organisation and contact to the body after a single line break, so they end up as
    // the last line of the last paragraph. In plain text only lists and tables have lines; a last line that is
    // neither a list item ("• ") nor a table row (" – ") is that addition.
    private static string WithoutAppendedContact(string body)
    {
        var paragraph = body.LastIndexOf("\n\n", StringComparison.Ordinal) + 2;
        var line = body.LastIndexOf('\n');
        if (line < paragraph)
        {
            return body;
        }

        var last = body[(line + 1)..];
        return last.StartsWith("• ", StringComparison.Ordinal) || last.Contains(" – ", StringComparison.Ordinal) ? body : body[..line];
    }
}
