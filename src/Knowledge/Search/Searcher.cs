using KommunalBot.Knowledge.Content;

namespace KommunalBot.Knowledge.Search;

/// <summary>
/// Scores a parsed query against a snapshot: BM25F (precomputed per posting) times a document-type prior,
/// scaled by how many query words a document covers, then a proximity bonus for the best candidates.
/// </summary>
internal static class Searcher
{
    private const int RerankDepth = 50;
    // Documents about a Land the question abbreviates ("... in sh") rank a little higher; others stay eligible.
    private const float LandBoost = 1.3f;

    [ThreadStatic]
    private static float[]? t_scores;

    [ThreadStatic]
    private static float[]? t_nameScores;

    [ThreadStatic]
    private static ulong[]? t_masks;

    [ThreadStatic]
    private static ulong[]? t_weakMasks;

    [ThreadStatic]
    private static int[]? t_touched;

    public static List<ScoredDocument> Execute(IndexSnapshot index, ParsedQuery query, SearchQuery filters, int top, float[]? typePriors = null)
    {
        var n = index.Documents.Length;
        var scores = Rent(ref t_scores, n);
        var nameScores = Rent(ref t_nameScores, n);
        var masks = Rent(ref t_masks, n);
        var weakMasks = Rent(ref t_weakMasks, n);
        var touched = Rent(ref t_touched, n);
        var touchedCount = 0;
        foreach (var term in query.Terms)
        {
            var docs = index.PostingDocs[term.TermId];
            var weights = index.PostingWeights[term.TermId];
            var nameWeights = index.PostingNameWeights[term.TermId];
            var idf = index.Idf[term.TermId] * term.Weight;

            // Name scores count content words only (a facet word in a service name names no service), and no
            // unreliable typo corrections ("morgen" → "sorge").
            var nameIdf = query.SlotWeights[term.Slot] >= 1f && term.Weight >= QueryParser.NameMatch * query.SlotWeights[term.Slot] ? idf : 0f;
            var bit = 1UL << Math.Min(term.Slot, 63);
            var weak = term.Weight < QueryParser.StrongMatch * query.SlotWeights[term.Slot];
            for (var i = 0; i < docs.Length; i++)
            {
                var d = docs[i];
                if (masks[d] == 0 && weakMasks[d] == 0)
                {
                    touched[touchedCount++] = d;
                }

                scores[d] += idf * weights[i];
                nameScores[d] += nameIdf * nameWeights[i];
                if (weak)
                {
                    weakMasks[d] |= bit;
                }
                else
                {
                    masks[d] |= bit;
                }
            }
        }

        var totalSlotWeight = 0f;
        var contentSlots = 0;
        foreach (var w in query.SlotWeights)
        {
            totalSlotWeight += w;
            contentSlots += w >= 1f ? 1 : 0;
        }

        var priors = typePriors ?? DefaultPriors;
        var hasFilters = filters.Types is not null || filters.Land is not null || filters.Status is not null || filters.Topic is not null;
        var depth = Math.Max(top, RerankDepth);
        var heap = new PriorityQueue<ScoredDocument, float>(depth + 1);
        var threshold = float.MinValue;
        for (var t = 0; t < touchedCount; t++)
        {
            var d = touched[t];
            var mask = masks[d];
            var weakOnly = weakMasks[d] & ~mask;
            weakMasks[d] = 0;
            var raw = scores[d];
            var nameScore = nameScores[d];
            scores[d] = 0;
            nameScores[d] = 0;
            masks[d] = 0;

            var covered = 0f;
            var contentCovered = 0f;
            for (var s = 0; s < query.SlotWeights.Count && s < 64; s++)
            {
                var share = (mask & (1UL << s)) != 0 ? 1f : (weakOnly & (1UL << s)) != 0 ? 0.5f : 0f;
                covered += share * query.SlotWeights[s];
                contentCovered += query.SlotWeights[s] >= 1f ? share : 0f;
            }

            var coverage = totalSlotWeight == 0 ? 0 : covered / totalSlotWeight;
            var contentCoverage = contentSlots == 0 ? coverage : contentCovered / contentSlots;
            var score = raw * (0.25f + (0.75f * coverage * coverage)) * priors[(int)index.DocumentTypes[d]];
            if ((query.LandMask & index.LandMasks[d]) != 0)
            {
                score *= LandBoost;
            }

            if (score <= threshold || (hasFilters && !Accepts(index.Documents[d], filters)))
            {
                continue;
            }

            heap.Enqueue(new ScoredDocument(d, score, nameScore, coverage, contentCoverage), score);
            if (heap.Count > depth)
            {
                heap.Dequeue();
                threshold = heap.TryPeek(out _, out var lowest) ? lowest : threshold;
            }
        }

        var results = new List<ScoredDocument>(heap.Count);
        while (heap.TryDequeue(out var item, out _))
        {
            results.Add(item);
        }

        var slotOfTerm = new Dictionary<int, int>(query.Terms.Count);
        foreach (var term in query.Terms)
        {
            slotOfTerm[term.TermId] = term.Slot;
        }

        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];
            results[i] = r with { Score = r.Score * (1 + Proximity.Bonus(index, r.DocIndex, query, slotOfTerm)) };
        }

        results.Sort((a, b) => b.Score.CompareTo(a.Score));
        if (results.Count > top)
        {
            results.RemoveRange(top, results.Count - top);
        }

        return results;
    }

    /// <summary>Prior per <see cref="DocumentType"/> (indexed by its value): Steckbriefe hold the facts.</summary>
    public static readonly float[] DefaultPriors = Priors(DefaultPrior);

    /// <summary>Prior table from a function of the type.</summary>
    public static float[] Priors(Func<DocumentType, float> prior) => [.. Enum.GetValues<DocumentType>().Select(prior)];

    private static float DefaultPrior(DocumentType type) => type switch
    {
        DocumentType.Steckbrief => 1.4f,
        DocumentType.Faq => 1.2f,
        DocumentType.BestPractice => 1.15f,
        DocumentType.OzgLeistung => 1.0f,
        _ => 0.85f,
    };

    private static bool Accepts(KnowledgeDocument d, SearchQuery q)
    {
        if (q.Types is not null && !q.Types.Contains(d.Type))
        {
            return false;
        }

        if (q.Land is not null && !string.Equals(d.Land, q.Land, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (q.Status is not null && (d.Status is null || !d.Status.Contains(q.Status, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (q.Topic is not null)
        {
            var found = false;
            foreach (var topic in d.Topics)
            {
                found |= string.Equals(topic, q.Topic, StringComparison.OrdinalIgnoreCase);
            }

            return found;
        }

        return true;
    }

    private static T[] Rent<T>(ref T[]? buffer, int size)
    {
        if (buffer is null || buffer.Length < size)
        {
            buffer = new T[Math.Max(size, 1024)];
        }

        return buffer;
    }
}
