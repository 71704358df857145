using KommunalBot.Knowledge.Search;
using KommunalBot.Knowledge.Text;
using WordLookup = System.Collections.Concurrent.ConcurrentDictionary<string, KommunalBot.Knowledge.Search.IndexedWord>.AlternateLookup<System.ReadOnlySpan<char>>;

namespace KommunalBot.Knowledge.Answers;

/// <summary>
/// The words of a question, as the analysed index terms the search used, and which of them a text contains.
/// Terms that belong to one written word form a group: the parts and the joined form of a hyphenated word
/// ("fit", "stor", "fitstor"), a compound with its parts ("hundesteueranmeld", "hundesteuer", "anmeld"), and a
/// glossary word with the variants the search added ("zustellpunkt", "destination").
/// Text words are stemmed like the index (<see cref="Snippets"/> looks them up the same way), so "Gebühren" finds
/// "Gebühr"; a compound in the text that begins or ends with a question word ("Einstellungsvertrag" for "Vertrag")
/// counts half, as the index weighs compound parts.
/// </summary>
internal sealed class QueryWords
{
    // As the compound splitter: parts have at least 4 letters (CompoundSplitter.MinPart).
    private const int MinPart = 4;
    // The stem of a compound drops the ending of its last part ("stilllegen" → "stillleg"), so 3 letters may remain.
    private const int MinRest = 3;
    // IndexBuilder.CompoundPartWeight: a compound part is worth half a word.
    private const float PartWeight = 0.5f;

    private readonly Dictionary<string, int> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _groupsBySpan;
    private readonly Dictionary<string, string?> _unknownTerms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> _unknown;

    public QueryWords(IReadOnlySet<string> terms, Glossary glossary)
    {
        var list = terms.Where(t => t.Length > 0).Order(StringComparer.Ordinal).ToArray();
        var parent = Enumerable.Range(0, list.Length).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        var index = list.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        var bySpan = index.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var a = 0; a < list.Length; a++)
        {
            // Split each term at every position and look the halves up: the work grows with the words, not their pairs.
            var term = list[a];
            for (var length = 1; length < term.Length; length++)
            {
                var hasHead = bySpan.TryGetValue(term.AsSpan(0, length), out var head);
                if (hasHead && bySpan.TryGetValue(term.AsSpan(length), out var rest))
                {
                    parent[Root(head)] = Root(a); // "fit" + "stor" = "fitstor"
                    parent[Root(rest)] = Root(a);
                    continue;
                }

                if (hasHead && IsPart(list[head], term))
                {
                    parent[Root(head)] = Root(a);
                }

                if (bySpan.TryGetValue(term.AsSpan(length), out var tail) && IsPart(list[tail], term))
                {
                    parent[Root(tail)] = Root(a);
                }
            }

            // The search expands a glossary word to its variants ("Zustellpunkt" → "Destination"): still one word.
            foreach (var (variant, _, _) in glossary.Expansions([term]))
            {
                foreach (var variantTerm in variant)
                {
                    if (index.TryGetValue(variantTerm, out var other))
                    {
                        parent[Root(other)] = Root(a);
                    }
                }
            }
        }

        var ids = new Dictionary<int, int>();
        for (var i = 0; i < list.Length; i++)
        {
            var root = Root(i);
            if (!ids.TryGetValue(root, out var id))
            {
                id = ids.Count;
                ids[root] = id;
            }

            _groups[list[i]] = id;
        }

        Count = ids.Count;
        _unknown = _unknownTerms.GetAlternateLookup<ReadOnlySpan<char>>();
        _groupsBySpan = _groups.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of written words (term groups).</summary>
    public int Count { get; }

    /// <summary>Per word group: 1 when the block (with its heading) contains it, 0.5 as a compound part only, else 0.</summary>
    public float[] Find(PassageBlock block, IndexSnapshot index)
    {
        var found = new float[Count];
        if (Count == 0)
        {
            return found;
        }

        var words = index.Words.GetAlternateLookup<ReadOnlySpan<char>>();
        Find(block.Heading, words, found);
        Find(block.Lead, words, found);
        foreach (var line in block.Lines)
        {
            Find(line, words, found);
        }

        return found;
    }

    private void Find(string? text, WordLookup words, float[] found)
    {
        if (text is null)
        {
            return;
        }

        Span<char> lower = stackalloc char[InputLimits.MaxWordLength];
        Span<char> joined = stackalloc char[InputLimits.MaxWordLength];
        var joinedLength = 0;
        var parts = 0;
        var previousEnd = -2;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ']' && i + 1 < text.Length && text[i + 1] == '(')
            {
                var close = text.IndexOf(')', i); // a link's address is no text
                i = close < 0 ? text.Length : close + 1;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (text.AsSpan(i).StartsWith("://"))
            {
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                continue;
            }

            var word = text.AsSpan(start, i - start);
            Match(word, lower, words, found);

            // Hyphenated words also count joined, as the tokenizer joins them ("FIT-Connect" → "fitconnect").
            if (previousEnd != start - 1 || text[start - 1] != '-')
            {
                joinedLength = 0;
                parts = 0;
            }

            if (joinedLength >= 0 && joinedLength + word.Length <= joined.Length)
            {
                word.CopyTo(joined[joinedLength..]);
                joinedLength += word.Length;
            }
            else
            {
                joinedLength = -1;
            }

            parts++;
            previousEnd = i;
            var continues = i + 1 < text.Length && text[i] == '-' && char.IsLetterOrDigit(text[i + 1]);
            if (!continues && parts > 1 && joinedLength > 0)
            {
                Match(joined[..joinedLength], lower, words, found);
            }
        }
    }

    private void Match(ReadOnlySpan<char> word, Span<char> lower, WordLookup words, float[] found)
    {
        if (word.Length > lower.Length)
        {
            return;
        }

        var span = lower[..word.Length];
        word.ToLowerInvariant(span);
        string? term;
        if (words.TryGetValue(span, out var indexed))
        {
            term = indexed.Term;
        }
        else if (span.Length <= 3)
        {
            return; // as Snippets: short words outside the index are no match
        }
        else if (!_unknown.TryGetValue(span, out term))
        {
            // Stop words are not in the index; stem each such word once per call, not at every occurrence.
            var normalized = TextNormalizer.Normalize(span.ToString());
            term = StopWords.Contains(normalized) ? null : GermanAnalyzer.Term(normalized);
            _unknown[span] = term;
        }

        if (term is null)
        {
            return;
        }

        if (_groups.TryGetValue(term, out var group))
        {
            found[group] = 1f;
            return;
        }

        if (term.Length < MinPart + MinRest)
        {
            return;
        }

        // Look the compound's possible heads and tails up: the work grows with the word, not with the question.
        for (var length = MinPart; length <= term.Length - MinRest; length++)
        {
            if (_groupsBySpan.TryGetValue(term.AsSpan(0, length), out var head))
            {
                found[head] = Math.Max(found[head], PartWeight);
            }

            if (_groupsBySpan.TryGetValue(term.AsSpan(term.Length - length), out var tail))
            {
                found[tail] = Math.Max(found[tail], PartWeight);
            }
        }
    }

    private static bool IsPart(string part, string word) =>
        part.Length >= MinPart && word.Length >= part.Length + MinRest
        && (word.StartsWith(part, StringComparison.Ordinal) || word.EndsWith(part, StringComparison.Ordinal));
}
