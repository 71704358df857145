using System.Collections.Frozen;
using KommunalBot.Knowledge.Answers;
using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Text;

namespace KommunalBot.Knowledge.Search;

/// <summary>Collects content words that name a facet, for facet detection.</summary>
internal static class FacetLexiconBuilder
{
    // A product, standard or route named by one distinctive word ("AutiSta", "XMeld", "dDatabox") marks a
    // question's facet.
    public static FrozenDictionary<string, Facet> Build(IReadOnlyList<KnowledgeDocument> documents)
    {
        var lexicon = new Dictionary<string, Facet>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (document.Steckbrief is not { } s)
            {
                continue;
            }

            foreach (var f in s.Fachverfahren)
            {
                AddSingleWord(lexicon, f.Produkt, Facet.Fachverfahren);
            }

            // Standards are answered under Fachverfahren; they come before routes, which some entries name
            // after their standard ("XGewerbeanzeige").
            foreach (var standard in s.Fachstandard)
            {
                AddSingleWord(lexicon, standard, Facet.Fachverfahren);
            }
        }

        foreach (var document in documents)
        {
            if (document.Steckbrief is not { } s)
            {
                continue;
            }

            foreach (var t in s.Transportwege)
            {
                AddSingleWord(lexicon, t.Weg, Facet.Transportweg);
            }
        }

        return lexicon.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void AddSingleWord(Dictionary<string, Facet> lexicon, string name, Facet facet)
    {
        var terms = GermanAnalyzer.Analyze(name);
        if (terms.Count == 1 && terms[0].Term.Length >= 4 && !terms[0].Term.All(char.IsDigit))
        {
            lexicon.TryAdd(terms[0].Term, facet);
        }
    }
}
