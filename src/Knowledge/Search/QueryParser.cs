using KommunalBot.Knowledge.Answers;
using KommunalBot.Knowledge.Text;

namespace KommunalBot.Knowledge.Search;

/// <summary>
/// Expands a query against the snapshot's vocabulary: exact stems, compound parts, typo corrections
/// (edit distance 1 from 5 letters, 2 from 9) and glossary variants. Each query word is a slot; a
/// document's coverage is the share of slots it matches.
/// </summary>
internal static partial class QueryParser
{
    private const float CompoundWeight = 0.8f;
    private const float GlossaryWeight = 0.8f;
    private const int MaxFuzzy = 3;
    private const float GenericHeadWeight = 0.4f;

    /// <summary>Terms weighing less than this share of their slot (typo corrections) cover it only half.</summary>
    public const float StrongMatch = 0.75f;
    /// <summary>Terms weighing at least this share of their slot may name a service (see <see cref="Searcher"/>).</summary>
    public const float NameMatch = 0.65f;
    private const float FuzzyWeight1 = 0.7f;
    private const float FuzzyWeight1Short = 0.55f; // one typo in a short word is often another word

    private const float FuzzyWeight2 = 0.5f;
    // Two typos in a long word ("Einbürgerng", "Aufenthlatserlaubnis") still name the service they resemble.
    private const float FuzzyWeight2Long = NameMatch;
    private const int LongWord = 10;

    public static ParsedQuery Parse(IndexSnapshot index, string text, IReadOnlySet<string>? lowWeightTerms = null, float lowWeight = 1f)
    {
        var tokens = GermanAnalyzer.Analyze(text);
        var terms = new List<QueryTerm>(tokens.Count * 2);
        var slotWeights = new List<float>(tokens.Count);
        var slots = new List<QuerySlot>(tokens.Count);
        var slotOfToken = new List<int>(tokens.Count);
        var slotOfPosition = new Dictionary<int, int>(tokens.Count);
        var stems = tokens.ConvertAll(t => t.Term);
        var expansions = index.Glossary.Expansions(stems).ToList();
        var glossaryCovered = new bool[tokens.Count];
        foreach (var (_, start, length) in expansions)
        {
            Array.Fill(glossaryCovered, true, start, length);
        }

        var landHints = LandHints(text, tokens);
        var landMask = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (landHints[i] != 0)
            {
                landMask |= landHints[i];
                slotOfToken.Add(-1);
                continue;
            }

            // The joined form of a hyphenated word ("onlinedienst") shares the slot of its last part.
            if (!slotOfPosition.TryGetValue(token.Position, out var slot))
            {
                slot = slotWeights.Count;
                slotOfPosition[token.Position] = slot;
                slotWeights.Add(lowWeightTerms is not null && lowWeightTerms.Contains(token.Term) ? lowWeight : 1f);
                slots.Add(new QuerySlot(token.Word, token.Start, token.Length, token.Term));
            }

            var slotWeight = slotWeights[slot];
            slotOfToken.Add(slot);
            var id = index.TermId(token.Term);
            if (id >= 0)
            {
                terms.Add(new QueryTerm(id, slotWeight, slot, Names: true));
            }

            // Splitting and typo correction cost more than linear time in the word's length: pasted data is no word.
            if (token.Word.Length > InputLimits.MaxWordLength)
            {
                continue;
            }

            var parts = token.Word.Length >= 8 ? Split(index, token.Word) : null;
            if (parts is not null)
            {
                AddParts(index, parts, id, slot, terms, slotWeights, slots);
            }

            // A glossary word ("Perso") means its glossary entry, not the nearest spelling ("Person").
            if (id < 0 && parts is null && !glossaryCovered[i])
            {
                var fuzzy = Fuzzy(index, token.Term, token.Word.Length);
                foreach (var (fuzzyId, distance) in fuzzy)
                {
                    var weight = distance > 1 ? (token.Word.Length >= LongWord ? FuzzyWeight2Long : FuzzyWeight2) : token.Word.Length >= 8 ? FuzzyWeight1 : FuzzyWeight1Short;
                    terms.Add(new QueryTerm(fuzzyId, slotWeight * weight, slot, Names: weight >= NameMatch));
                }

                if (fuzzy.Length == 0)
                {
                    AddModifierMatches(index, token.Word, slot, slotWeight, terms);
                }
            }
        }

        foreach (var (variant, start, length) in expansions)
        {
            if (slotOfToken[start] < 0)
            {
                continue;
            }

            // A word the content never uses ("Perso") has no meaning but its glossary entry: full weight.
            var weight = length == 1 && index.TermId(stems[start]) < 0 ? 1f : GlossaryWeight;
            foreach (var term in variant)
            {
                var id = index.TermId(term);
                if (id >= 0)
                {
                    terms.Add(new QueryTerm(id, slotWeights[slotOfToken[start]] * weight / variant.Length, slotOfToken[start], Names: true));
                }
            }
        }

        return new ParsedQuery(Deduplicate(terms), slotWeights, stems, landMask) { Slots = slots };
    }

    // "wohngeld sh betreiber": "sh" names a Land, it is no search word (it would find every text with "SH").
    // Only a standalone abbreviation counts ("ITV.SH", "d-NRW" and "NRW-Kommunen" are names), and only when the
    // question has other words.
    private static int[] LandHints(string text, List<AnalyzedToken> tokens)
    {
        var hints = new int[tokens.Count];
        var normalized = TextNormalizer.Normalize(text);
        var others = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var end = t.Start + t.Length;
            var joinedBefore = t.Start > 0 && IsJoiner(normalized[t.Start - 1]);
            var joinedAfter = end + 1 < normalized.Length && IsJoiner(normalized[end]) && char.IsLetterOrDigit(normalized[end + 1]);
            hints[i] = joinedBefore || joinedAfter ? 0 : LandNames.FromTypedWord(t.Word);
            others += hints[i] == 0 ? 1 : 0;
        }

        return others > 0 ? hints : new int[tokens.Count];
    }

    private static bool IsJoiner(char c) => c is '-' or '.' or '/' or '_' or '@';

    // Generic heads ("-dienst", "-antrag") weigh little: they cover their word only weakly and name no service.
    // A facet word whose modifier is a content word ("Einbürgerungsfachverfahren") asks for the facet with its head
    // and names the service with its modifier, which gets a full-weight slot of its own.
    // A compound the index does not know ("Hundeführerschein") means all of its content parts: each further part
    // gets a slot of its own, so a text about "Führerschein" alone covers only half of the word.
    private static void AddParts(IndexSnapshot index, CompoundPart[] parts, int wholeId, int slot, List<QueryTerm> terms, List<float> slotWeights, List<QuerySlot> slots)
    {
        var slotWeight = slotWeights[slot];
        var partWeight = wholeId >= 0 ? CompoundWeight * 0.7f : CompoundWeight;
        var modifierSlot = -1;
        var facetHead = slotWeight < 1f && FacetDetector.IsFacetWord(parts[^1].Word);
        var contentParts = 0;
        for (var p = 0; p < parts.Length; p++)
        {
            var partId = index.TermId(parts[p].Term);
            if (partId < 0 || partId == wholeId)
            {
                continue;
            }

            var isHead = p == parts.Length - 1;
            if (!isHead && facetHead && !FacetDetector.IsFacetWord(parts[p].Word))
            {
                if (modifierSlot < 0)
                {
                    modifierSlot = AddSlot(slotWeights, slots, 1f, slots[slot] with { Term = parts[p].Term });
                }

                terms.Add(new QueryTerm(partId, partWeight, modifierSlot, Names: true));
                continue;
            }

            var generic = parts.Length > 1 && GenericHeads.Contains(parts[p].Term);
            var target = slot;
            if (wholeId < 0 && !generic && !facetHead && contentParts++ > 0)
            {
                target = AddSlot(slotWeights, slots, slotWeight, slots[slot] with { Term = parts[p].Term });
            }

            terms.Add(new QueryTerm(partId, slotWeight * partWeight * (generic ? GenericHeadWeight : 1f), target, Names: !generic));
        }
    }

    private static int AddSlot(List<float> slotWeights, List<QuerySlot> slots, float weight, QuerySlot slot)
    {
        slotWeights.Add(weight);
        slots.Add(slot);
        return slotWeights.Count - 1;
    }

    private static List<QueryTerm> Deduplicate(List<QueryTerm> terms)
    {
        var best = new Dictionary<int, QueryTerm>();
        foreach (var term in terms)
        {
            if (!best.TryGetValue(term.TermId, out var existing))
            {
                best[term.TermId] = term;
            }
            else if (existing.Weight < term.Weight || (term.Names && !existing.Names))
            {
                best[term.TermId] = (existing.Weight < term.Weight ? term : existing) with { Names = term.Names || existing.Names };
            }
        }

        return [.. best.Values];
    }

    private static CompoundPart[]? Split(IndexSnapshot index, string word) =>
        index.SplitCache.GetOrAdd(word, w =>
        {
            var parts = CompoundSplitter.Split(w, stem => index.TermIds.ContainsKey(stem));
            return parts?.Select(p => new CompoundPart(p, GermanAnalyzer.Term(p))).ToArray();
        });

    private static (int TermId, int Distance)[] Fuzzy(IndexSnapshot index, string term, int wordLength)
    {
        var allowed = EditDistance.AllowedTypos(wordLength);
        if (allowed == 0 || term.Length > InputLimits.MaxWordLength)
        {
            return [];
        }

        return index.FuzzyCache.GetOrAdd(term, t =>
        {
            var found = new List<(int TermId, int Distance)>();
            var mask = IndexSnapshot.LetterMask(t);
            var best = allowed;
            var min = Math.Max(1, t.Length - allowed);
            var max = Math.Min(index.TermsByLength.Length - 1, t.Length + allowed);
            for (var length = min; length <= max; length++)
            {
                foreach (var id in index.TermsByLength[length])
                {
                    if ((int)ulong.PopCount(mask ^ index.TermMasks[id]) > 2 * best)
                    {
                        continue;
                    }

                    var distance = EditDistance.Compute(t, index.Terms[id], best);
                    if (distance > best)
                    {
                        continue;
                    }

                    if (distance < best)
                    {
                        found.Clear();
                        best = distance;
                    }

                    found.Add((id, distance));
                }
            }

            // Prefer the most frequent corrections: a typo usually means the common word.
            return [.. found.OrderByDescending(f => index.PostingDocs[f.TermId].Length).Take(MaxFuzzy)];
        });
    }
}
