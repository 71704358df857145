using KommunalBot.Knowledge.Search;
using KommunalBot.Knowledge.Text;

namespace KommunalBot.Knowledge.Answers;

/// <summary>
/// How much of a question a document explains: the weighted share of the question's words the document contains.
/// Content words weigh 1 and words found in many documents ("digital", "EfA") 0.25. Words that ask for a facet
/// ("Kosten", "Transportweg") weigh 0.5 when the question names its subject — the subject's Steckbrief explains
/// them when it holds facts for the facet — and 1 when it names none: then they are the topic ("Welche
/// Nutzerkonten gibt es?"). A word found only through a weak match (a typo correction of a short word, a
/// compound it merely begins) counts half. A word the knowledge base does not know at all ("Vereinsfest",
/// "Passau") is explained by no document.
/// </summary>
internal sealed class Evidence(IndexSnapshot index, string question, ParsedQuery query, FacetDetection detection, IReadOnlyCollection<int> subjects)
{
    private const float FacetSlotWeight = 0.5f;
    private const float CommonSlotWeight = 0.25f;
    // A word in more than this share of all documents says little about which one answers.
    private const double CommonShare = 0.2;
    // In a question that capitalises its nouns, a lower-case word is a verb, adjective or adverb: it weighs half.
    private const float LowerCaseSlotWeight = 0.5f;

    private readonly string? _typed = Typed(question);
    private readonly (float[] Weights, bool[] Content) _slots = Weights(index, query, subjects.Count > 0, Typed(question));
    private IReadOnlyList<string>? _unknownWords;

    private float[] _weights => _slots.Weights;
    private readonly Dictionary<int, (double All, double Content)> _shares = [];
    private readonly Dictionary<int, double> _titleShares = [];
    private readonly Dictionary<int, HashSet<int>> _namingSlots = subjects.Distinct().ToDictionary(d => d, d => index.ServiceNames.NamingSlots(query, d));

    /// <summary>Whether the question has content words of its own (not only facet words): then it is no follow-up.</summary>
    public bool HasOwnSubject
    {
        get
        {
            for (var s = 0; s < _weights.Length; s++)
            {
                if (_slots.Content[s] && query.SlotWeights[s] >= 1f)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Share of the question's weighted words that the document explains, in [0,1]: ranks the candidates.</summary>
    public double Share(int docIndex) => Shares(docIndex).All;

    /// <summary>
    /// Share of the question's content words the document explains (all words when it has none): decides whether
    /// to answer. Facet and common words help choose between documents but never outvote a content word.
    /// </summary>
    public double ContentShare(int docIndex) => Shares(docIndex).Content;

    private (double All, double Content) Shares(int docIndex)
    {
        if (_shares.TryGetValue(docIndex, out var cached))
        {
            return cached;
        }

        double total = 0, explained = 0, contentTotal = 0, contentExplained = 0;
        var facetFacts = -1;
        for (var s = 0; s < _weights.Length; s++)
        {
            var covered = Covered(docIndex, s);
            if (covered < 1 && query.SlotWeights[s] < 1f && subjects.Contains(docIndex))
            {
                facetFacts = facetFacts >= 0 ? facetFacts : HasFacetFacts(docIndex) ? 1 : 0;
                covered = Math.Max(covered, facetFacts);
            }

            total += _weights[s];
            explained += _weights[s] * covered;
            if (_slots.Content[s])
            {
                contentTotal += _weights[s];
                contentExplained += _weights[s] * covered;
            }
        }

        var all = total == 0 ? 0 : explained / total;
        var shares = (all, contentTotal == 0 ? all : contentExplained / contentTotal);
        _shares[docIndex] = shares;
        return shares;
    }

    /// <summary>
    /// The index terms of the question's own words about the subject: content and lower-case words, without the
    /// words that name it and without common words ("Welche Firma hat Dataport unterstützt?" → firma, dataport, unterstutzt).
    /// </summary>
    public IReadOnlySet<string> AskedTerms(int subject)
    {
        var asked = new HashSet<string>(StringComparer.Ordinal);
        var naming = _namingSlots.TryGetValue(subject, out var slots) ? slots : [];
        foreach (var term in query.Terms)
        {
            var s = term.Slot;
            if (s < _weights.Length && _weights[s] > CommonSlotWeight && query.SlotWeights[s] >= 1f && !naming.Contains(s)
                && term.Weight >= QueryParser.StrongMatch * query.SlotWeights[s])
            {
                asked.Add(index.Terms[term.TermId]);
            }
        }

        return asked;
    }

    /// <summary>Words of the question the knowledge base does not know, as the user wrote them ("Vereinsfest-Anzeige").</summary>
    public IReadOnlyList<string> UnknownWords() => _unknownWords ??= FindUnknownWords();

    private List<string> FindUnknownWords()
    {
        var source = _typed ?? TextNormalizer.Normalize(question);
        var words = new List<string>();
        for (var s = 0; s < query.Slots.Count; s++)
        {
            if (!_slots.Content[s] || query.SlotWeights[s] < 1f || query.Slots[s].Word.Length < 4 || query.Terms.Exists(t => t.Slot == s))
            {
                continue;
            }

            // Only what looks like a name: a capitalised noun or a hyphenated compound ("Vereinsfest-Anzeige").
            var word = Surrounding(source, query.Slots[s].Start);
            var capitalised = Initial(_typed, query.Slots[s]) is { } initial && char.IsUpper(initial);
            if (!capitalised && !word.Contains('-', StringComparison.Ordinal))
            {
                continue;
            }

            if (!words.Contains(word, StringComparer.OrdinalIgnoreCase))
            {
                words.Add(word);
            }
        }

        return words;
    }

    /// <summary>Share of the question's weighted words found in the document's title or synonyms: breaks near ties.</summary>
    public double TitleShare(int docIndex)
    {
        if (_titleShares.TryGetValue(docIndex, out var cached))
        {
            return cached;
        }

        double total = 0, explained = 0;
        for (var s = 0; s < _weights.Length; s++)
        {
            total += _weights[s];
            explained += _weights[s] * Covered(docIndex, s, titleOnly: true);
        }

        return _titleShares[docIndex] = total == 0 ? 0 : explained / total;
    }

    private double Covered(int docIndex, int slot, bool titleOnly = false)
    {
        if (_namingSlots.TryGetValue(docIndex, out var naming) && naming.Contains(slot))
        {
            return 1; // the word names this subject, perhaps with a typo
        }

        var best = 0.0;
        foreach (var term in query.Terms)
        {
            var at = term.Slot == slot ? Array.BinarySearch(index.PostingDocs[term.TermId], docIndex) : -1;
            if (at < 0 || (titleOnly && index.PostingNameWeights[term.TermId][at] <= 0))
            {
                continue;
            }

            best = Math.Max(best, term.Weight >= QueryParser.StrongMatch * query.SlotWeights[slot] ? 1 : 0.5);
        }

        return best;
    }

    private bool HasFacetFacts(int docIndex)
    {
        var document = index.Documents[docIndex];
        // Aspect words of the general facet ("betreibt", "zuständig") ask for the Steckbrief's overview, which every Steckbrief has.
        return document.Steckbrief is not null && detection.Facets.Any(f => f == Facet.Allgemein || FactExtractor.Extract(document, f).Count > 0);
    }

    private static (float[] Weights, bool[] Content) Weights(IndexSnapshot index, ParsedQuery query, bool hasSubject, string? typed)
    {
        var weights = new float[query.SlotWeights.Count];
        var content = new bool[weights.Length];
        // German capitalises nouns: a question with a capitalised word after its first one is written that way.
        var writesNouns = query.Slots.Exists(slot => Initial(typed, slot) is { } c && char.IsUpper(c));
        for (var s = 0; s < weights.Length; s++)
        {
            var term = s < query.Slots.Count ? query.Slots[s].Term : "";
            var known = query.Terms.Exists(t => t.Slot == s);

            // An unknown word of one to three letters ("nr", "ca") is an abbreviation of little weight.
            var shortUnknown = !known && s < query.Slots.Count && query.Slots[s].Word.Length < 4;
            var id = index.TermId(term);
            var common = GenericHeads.Contains(term) || ServiceNames.IsFiller(term) || (id >= 0 && index.PostingDocs[id].Length > CommonShare * index.Documents.Length);
            if (common || shortUnknown)
            {
                weights[s] = CommonSlotWeight;
            }
            else if (query.SlotWeights[s] < 1f && hasSubject)
            {
                weights[s] = FacetSlotWeight;
            }
            else if (writesNouns && Initial(typed, query.Slots[s]) is { } initial && char.IsLower(initial))
            {
                weights[s] = LowerCaseSlotWeight; // helps choose the document, never decides whether to answer
            }
            else
            {
                content[s] = true;
                weights[s] = 1f;
            }
        }

        return (weights, content);
    }

    // The question as typed when its positions match the normalised text the slots point into, else null: only
    // then can the case of a word's first letter be read.
    private static string? Typed(string question) => TextNormalizer.Normalize(question).Length == question.Length ? question : null;

    // The first letter of a slot's word as typed, unless it begins a sentence (where every word is capitalised) or
    // the typed text cannot be read at the slot's position.
    private static char? Initial(string? typed, QuerySlot slot) =>
        typed is not null && slot.Start < typed.Length && !SentenceStart(typed, slot.Start) ? typed[slot.Start] : null;

    private static bool SentenceStart(string text, int position)
    {
        var i = position - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '?' or '!' or ':' or '–';
    }

    // The whole written word around a position, without surrounding punctuation: "Vereinsfest-Anzeige".
    private static string Surrounding(string text, int position)
    {
        var start = Math.Clamp(position, 0, text.Length);
        var end = start;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return text[start..end].Trim('?', '!', ',', '.', ';', ':', '"', '\'', '„', '“', '”', '(', ')', '«', '»');
    }
}
