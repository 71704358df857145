using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Text;

namespace KommunalBot.Knowledge.Answers;

/// <summary>
/// Facts of a Steckbrief outside the facet asked for that mention what the question asks: "Welche Länder hängen beim
/// Einbürgerungsvertrag noch in der Unterschrift?" asks no facet word, but the status lines per Land answer it.
/// </summary>
internal static class FactMatcher
{
    private const int MaxFacts = 4;

    public static List<Fact> Mentioning(KnowledgeDocument document, IReadOnlyList<Facet> shown, IReadOnlySet<string> asked)
    {
        var found = new List<Fact>();
        if (asked.Count == 0 || document.Steckbrief is null)
        {
            return found;
        }

        foreach (var facet in Enum.GetValues<Facet>())
        {
            if (shown.Contains(facet))
            {
                continue;
            }

            foreach (var fact in FactExtractor.Extract(document, facet))
            {
                if (found.Count < MaxFacts && !found.Contains(fact) && GermanAnalyzer.Analyze(fact.Label + " " + fact.Value).Exists(t => asked.Contains(t.Term)))
                {
                    found.Add(fact);
                }
            }
        }

        return found;
    }
}
