using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Text;

namespace KommunalBot.Knowledge.Search;

/// <summary>Glossary variants (term, abbreviations, synonyms) as term sequences; each variant expands to all others.</summary>
internal sealed class Glossary
{
    private readonly Dictionary<string, List<(string[] Variant, int Group)>> _byFirstTerm = new(StringComparer.Ordinal);
    private readonly List<List<string[]>> _groups = [];

    public Glossary(IEnumerable<GlossaryEntry> entries)
    {
        foreach (var entry in entries)
        {
            var variants = new List<string[]>();
            foreach (var text in entry.Abkuerzungen.Concat(entry.Synonyme).Prepend(entry.Begriff))
            {
                var terms = GermanAnalyzer.Analyze(text).Select(t => t.Term).ToArray();
                if (terms.Length > 0 && !variants.Any(v => v.SequenceEqual(terms)))
                {
                    variants.Add(terms);
                }
            }

            if (variants.Count < 2)
            {
                continue;
            }

            var group = _groups.Count;
            _groups.Add(variants);
            foreach (var variant in variants)
            {
                if (!_byFirstTerm.TryGetValue(variant[0], out var list))
                {
                    _byFirstTerm[variant[0]] = list = [];
                }

                list.Add((variant, group));
            }
        }
    }

    public int Count => _groups.Count;

    /// <summary>Variants of every glossary entry whose term sequence occurs in <paramref name="terms"/>, minus the matched one.</summary>
    public IEnumerable<(string[] Variant, int MatchStart, int MatchLength)> Expansions(IReadOnlyList<string> terms)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            if (!_byFirstTerm.TryGetValue(terms[i], out var candidates))
            {
                continue;
            }

            foreach (var (variant, group) in candidates)
            {
                if (!Matches(terms, i, variant))
                {
                    continue;
                }

                foreach (var other in _groups[group])
                {
                    if (!ReferenceEquals(other, variant))
                    {
                        yield return (other, i, variant.Length);
                    }
                }
            }
        }
    }

    private static bool Matches(IReadOnlyList<string> terms, int start, string[] variant)
    {
        if (start + variant.Length > terms.Count)
        {
            return false;
        }

        for (var j = 0; j < variant.Length; j++)
        {
            if (terms[start + j] != variant[j])
            {
                return false;
            }
        }

        return true;
    }
}
