using System.Collections.Concurrent;
using System.Collections.Frozen;
using KommunalBot.Knowledge.Content;

namespace KommunalBot.Knowledge.Search;

/// <summary>
/// Immutable inverted index over one set of documents. Postings hold the BM25F-saturated weight per
/// (term, document), precomputed at build time, so a query only adds idf-weighted numbers.
/// Readers never lock; <see cref="KnowledgeBase"/> swaps whole snapshots atomically.
/// </summary>
internal sealed class IndexSnapshot
{
    public required KnowledgeDocument[] Documents { get; init; }

    public required FrozenDictionary<string, int> DocumentIndex { get; init; }

    /// <summary>Type of each document, kept apart so scoring does not touch document objects.</summary>
    public required DocumentType[] DocumentTypes { get; init; }

    public required FrozenDictionary<string, int> TermIds { get; init; }

    public required string[] Terms { get; init; }

    public required int[][] PostingDocs { get; init; }

    public required float[][] PostingWeights { get; init; }

    /// <summary>Weight of the term in the title or synonyms field only (0 when absent), parallel to postings.</summary>
    public required float[][] PostingNameWeights { get; init; }

    public required float[] Idf { get; init; }

    /// <summary>Länder each document is about (<see cref="Text.LandNames"/> bits).</summary>
    public required int[] LandMasks { get; init; }

    /// <summary>Idf of a term found in one document: the scale of this index's scores.</summary>
    public float MaxIdf => (float)Math.Log(1 + ((Documents.Length - 0.5) / 1.5));

    /// <summary>Term ids of each document in reading order (fields separated by -1), for proximity.</summary>
    public required int[][] Sequences { get; init; }

    /// <summary>Term ids grouped by term length, for typo tolerance.</summary>
    public required int[][] TermsByLength { get; init; }

    /// <summary>Letter-set bit mask per term id (<see cref="LetterMask"/>), a cheap lower bound for edit distance.</summary>
    public required ulong[] TermMasks { get; init; }

    /// <summary>Terms that name a facet in the content: single-word Fachverfahren products and transport routes.</summary>
    public required FrozenDictionary<string, Answers.Facet> FacetLexicon { get; init; }

    public required Glossary Glossary { get; init; }

    /// <summary>Stems of known words (shared with the builder; read-only here), for fast snippet matching.</summary>
    public required ConcurrentDictionary<string, IndexedWord> Words { get; init; }

    public required long Version { get; init; }

    public WordCache<(int TermId, int Distance)[]> FuzzyCache { get; } = new();

    public WordCache<(int[] Matches, int Head)> ModifierCache { get; } = new();

    // Sorted on first use: only questions with unknown words need it, and a rebuild should not pay for it.
    private int[]? _sortedTermIds;

    /// <summary>
    /// Up to <paramref name="max"/> terms (the most frequent) that are longer compounds beginning with
    /// <paramref name="prefix"/> (at least 5 letters; compounds add at least 3).
    /// </summary>
    public int[] TermsWithPrefix(string prefix, int max)
    {
        if (prefix.Length < 5)
        {
            return [];
        }

        var sorted = _sortedTermIds ??= SortTerms(); // a race only sorts twice: both results are equal
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(Terms[sorted[mid]], prefix) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var found = new List<int>();
        for (var i = lo; i < sorted.Length && Terms[sorted[i]].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            if (Terms[sorted[i]].Length >= prefix.Length + 3)
            {
                found.Add(sorted[i]);
            }
        }

        return [.. found.OrderByDescending(id => PostingDocs[id].Length).Take(max)];
    }

    private int[] SortTerms()
    {
        var ids = Enumerable.Range(0, Terms.Length).ToArray();
        Array.Sort(ids, (a, b) => string.CompareOrdinal(Terms[a], Terms[b]));
        return ids;
    }

    public WordCache<CompoundPart[]?> SplitCache { get; } = new();

    private ServiceNames? _serviceNames;

    /// <summary>The names questions call services by (built on first use; a race only builds twice).</summary>
    public ServiceNames ServiceNames => _serviceNames ??= ServiceNames.Build(this);

    /// <summary>Bit per letter a-z, digit and other; an edit changes at most two bits.</summary>
    public static ulong LetterMask(string term)
    {
        ulong mask = 0;
        foreach (var c in term)
        {
            var bit = c is >= 'a' and <= 'z' ? c - 'a' : c is >= '0' and <= '9' ? 26 + (c - '0') : 36 + (c % 27);
            mask |= 1UL << bit;
        }

        return mask;
    }

    public int TermId(string term) => TermIds.TryGetValue(term, out var id) ? id : -1;
}
