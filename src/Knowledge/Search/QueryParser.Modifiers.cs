using KommunalBot.Knowledge.Text;

namespace KommunalBot.Knowledge.Search;

/// <summary>
/// Words the content uses only as the first part of compounds: "Gaststätten" occurs in "Gaststättengewerbe" and
/// "Gaststättengesetz", never alone, so neither the word nor "gaststaettenerlaubnis" splits against the vocabulary.
/// An unknown word (or the unknown modifier of a compound whose head is known) matches the compounds it begins.
/// </summary>
internal static partial class QueryParser
{
    private const int MinModifier = 5;
    private const int MaxModifierMatches = 8;
    // Weak (below StrongMatch): a compound that merely begins with the word covers it half and names no service.
    private const float ModifierWeight = 0.6f;

    private static void AddModifierMatches(IndexSnapshot index, string word, int slot, float slotWeight, List<QueryTerm> terms)
    {
        if (word.Length < MinModifier || !word.All(char.IsLetter))
        {
            return;
        }

        var (matches, head) = index.ModifierCache.GetOrAdd(word, w => FindModifier(index, w));
        foreach (var id in matches)
        {
            terms.Add(new QueryTerm(id, slotWeight * ModifierWeight, slot));
        }

        if (head >= 0)
        {
            var generic = GenericHeads.Contains(index.Terms[head]);
            terms.Add(new QueryTerm(head, slotWeight * CompoundWeight * (generic ? GenericHeadWeight : 1f), slot, Names: !generic));
        }
    }

    // The whole word as a modifier first, then the longest modifier whose rest is a known word (the head).
    private static (int[] Matches, int Head) FindModifier(IndexSnapshot index, string word)
    {
        var whole = index.TermsWithPrefix(GermanAnalyzer.Term(word), MaxModifierMatches);
        if (whole.Length > 0)
        {
            return (whole, -1);
        }

        for (var end = word.Length - 4; end >= MinModifier; end--)
        {
            var head = index.TermId(GermanAnalyzer.Term(word[end..]));
            if (head < 0)
            {
                continue;
            }

            var modifier = word[..end];
            var matches = index.TermsWithPrefix(GermanAnalyzer.Term(modifier), MaxModifierMatches);
            if (matches.Length == 0 && modifier.Length > MinModifier && modifier[^1] == 's')
            {
                matches = index.TermsWithPrefix(GermanAnalyzer.Term(modifier[..^1]), MaxModifierMatches); // Fugen-s
            }

            if (matches.Length > 0)
            {
                return (matches, head);
            }
        }

        return ([], -1);
    }
}
