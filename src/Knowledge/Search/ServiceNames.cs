using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Text;

namespace KommunalBot.Knowledge.Search;

/// <summary>
/// The names a question can call a service by: each Steckbrief's title (split at dashes, without the bracketed
/// addition: "eWA – elektronische Wohnsitzanmeldung" gives "eWA" and "elektronische Wohnsitzanmeldung") and its
/// synonyms. A name is a list of words without generic ones ("digital", "online", "EfA", "-antrag"); a question
/// names the service when it contains every word of one name: the word itself, its content parts, a glossary
/// variant or a close typo ("Einbürgerng"). Built once per snapshot, on first use.
/// </summary>
internal sealed class ServiceNames
{
    // Words that sit in many service names and name none of them.
    private static readonly HashSet<string> NameFillers = new[] { "efa", "elektronisch", "digital", "online", "antragsservice" }
        .Select(GermanAnalyzer.Term).ToHashSet(StringComparer.Ordinal);

    private readonly List<(int DocIndex, NameWord[] Words)> _names = [];

    /// <summary>Whether a term is a word that sits in many service names and names none ("EfA", "digital").</summary>
    public static bool IsFiller(string term) => NameFillers.Contains(term);
    private IndexSnapshot _index = null!;

    /// <summary>One word of a name: its term, or all of its content parts ("Führerschein|antrag" → führerschein).</summary>
    private readonly record struct NameWord(int TermId, int[] PartIds, string Term);

    private ServiceNames()
    {
    }

    public static ServiceNames Build(IndexSnapshot index)
    {
        var names = new ServiceNames { _index = index };
        for (var d = 0; d < index.Documents.Length; d++)
        {
            var document = index.Documents[d];
            if (document.Type != DocumentType.Steckbrief)
            {
                continue;
            }

            foreach (var name in TitleNames(document.Title).Concat(document.Synonyms))
            {
                var words = Words(index, name);
                if (words.Length > 0)
                {
                    names._names.Add((d, words));
                }
            }
        }

        return names;
    }

    /// <summary>Steckbriefe the question names, the best first: longer names win over shorter ones.</summary>
    public List<int> Named(ParsedQuery query)
    {
        var said = new HashSet<int>();
        foreach (var term in query.Terms)
        {
            if (term.Names)
            {
                said.Add(term.TermId);
            }
        }

        var typos = TypoCandidates(query);
        bool Said(NameWord w) => said.Contains(w.TermId)
            || (w.PartIds.Length > 0 && Array.TrueForAll(w.PartIds, said.Contains))
            || typos.Exists(t => IsTypoOf(t, w));

        var complete = new Dictionary<int, int>();
        foreach (var (docIndex, words) in _names)
        {
            if (Array.TrueForAll(words, Said))
            {
                complete[docIndex] = Math.Max(complete.GetValueOrDefault(docIndex), words.Length);
            }
        }

        return [.. complete.OrderByDescending(b => b.Value).ThenBy(b => b.Key).Select(b => b.Key)];
    }

    /// <summary>
    /// The question's slots whose words name the given service: they are explained by its Steckbrief even when
    /// written with a typo ("Wohngelt", all slots of the word) — but a compound that merely contains the name
    /// ("Hundeführerschein") explains only its name part.
    /// </summary>
    public HashSet<int> NamingSlots(ParsedQuery query, int docIndex)
    {
        var slots = new HashSet<int>();
        var nameWords = new List<NameWord>();
        foreach (var (d, words) in _names)
        {
            if (d == docIndex)
            {
                nameWords.AddRange(words);
            }
        }

        for (var s = 0; s < query.Slots.Count; s++)
        {
            var ids = query.Terms.Where(t => t.Slot == s && t.Names).Select(t => t.TermId).ToHashSet();
            if (nameWords.Exists(w => ids.Contains(w.TermId) || Array.Exists(w.PartIds, ids.Contains)))
            {
                slots.Add(s);
            }
        }

        foreach (var typo in TypoCandidates(query).Where(t => nameWords.Exists(w => IsTypoOf(t, w))))
        {
            for (var s = 0; s < query.Slots.Count; s++)
            {
                if (query.Slots[s].Start == typo.Start)
                {
                    slots.Add(s); // every slot of the mistyped word
                }
            }
        }

        return slots;
    }

    // A close typo of a name word counts as the word ("Wohngelt", "Einbürgerng"), also when the typo split into known
    // parts or matched a more frequent word. Only whole written words the index does not know: the parts of a split
    // word ("gelt" of "Elterngelt") and real words ("Anmeldung" is no typo of "Ummeldung") are no typos of a name.
    private List<(string Term, int Start, int Allowed)> TypoCandidates(ParsedQuery query) =>
        [.. query.Slots
            .Where(slot => slot.Word.Length >= 5 && GermanAnalyzer.Term(slot.Word) == slot.Term && _index.TermId(slot.Term) < 0)
            .Select(slot => (slot.Term, slot.Start, EditDistance.AllowedTypos(slot.Word.Length)))];

    private static bool IsTypoOf((string Term, int Start, int Allowed) typo, NameWord word) =>
        typo.Allowed > 0 && Math.Abs(typo.Term.Length - word.Term.Length) <= typo.Allowed
        && EditDistance.Compute(typo.Term, word.Term, typo.Allowed) <= typo.Allowed;

    private static IEnumerable<string> TitleNames(string title)
    {
        var open = title.IndexOf('(', StringComparison.Ordinal);
        var core = open > 0 ? title[..open] : title;
        return core.Split([" – ", " — ", " - ", ":"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static NameWord[] Words(IndexSnapshot index, string name)
    {
        var words = new List<NameWord>();
        var positions = new HashSet<int>();
        foreach (var token in GermanAnalyzer.Analyze(name))
        {
            // A hyphenated word comes whole and in parts ("FIT-Connect" → fit, connect, fitconnect): the parts suffice.
            if (!positions.Add(token.Position) || NameFillers.Contains(token.Term) || GenericHeads.Contains(token.Term) || LandNames.FromTypedWord(token.Word) != 0)
            {
                continue;
            }

            var id = index.TermId(token.Term);
            var parts = token.Word.Length >= 8 && token.Word.Length <= InputLimits.MaxWordLength
                ? CompoundSplitter.Split(token.Word, stem => index.TermIds.ContainsKey(stem))
                : null;
            var partIds = parts?.Select(GermanAnalyzer.Term)
                .Where(t => !GenericHeads.Contains(t) && !NameFillers.Contains(t))
                .Select(index.TermId)
                .Where(p => p >= 0)
                .ToArray() ?? [];
            if (id >= 0 || partIds.Length > 0)
            {
                words.Add(new NameWord(id, partIds, token.Term));
            }
        }

        return [.. words.DistinctBy(w => w.TermId)];
    }
}
