using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Text;

namespace KommunalBot.Knowledge.Search;

/// <summary>
/// Builds <see cref="IndexSnapshot"/>s. Analysed fields are cached per document instance, stems and
/// compound splits per word, so a rebuild after one change mostly re-aggregates postings.
/// Calls to <see cref="Build"/> must not overlap (the knowledge base serialises writers).
/// </summary>
internal sealed class IndexBuilder
{
    // BM25F parameters: name and synonyms above keywords above body.
    private static readonly float[] FieldBoost = [4.0f, 3.0f, 1.5f, 1.0f];
    private static readonly float[] FieldB = [0.3f, 0.3f, 0.5f, 0.75f];
    private const float K1 = 1.2f;
    private const float CompoundPartWeight = 0.5f;
    private const int MinCompoundLength = 8;
    private const int SharedNameMinServices = 4;

    private readonly ConditionalWeakTable<KnowledgeDocument, DocumentFields> _fieldCache = new();
    private readonly ConcurrentDictionary<string, IndexedWord> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]?> _splitCache = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<KnowledgeDocument, DocumentFields>.CreateValueCallback _analyze;
    private long _version;

    public IndexBuilder() => _analyze = d => DocumentFields.Analyze(d, _words);

    public IndexSnapshot Build(IReadOnlyList<KnowledgeDocument> documents, IReadOnlyList<GlossaryEntry> glossary)
    {
        var version = Interlocked.Increment(ref _version);
        var n = documents.Count;
        var analyzed = new DocumentFields[n];
        Parallel.For(0, n, i => analyzed[i] = _fieldCache.GetValue(documents[i], _analyze));

        // Pass 1: term ids of the distinct words, field lengths.
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new List<string>();
        var distinct = new List<IndexedWord>();
        var totalLength = new double[DocumentFields.Count];
        var sequenceLength = 0;
        foreach (var doc in analyzed)
        {
            for (var f = 0; f < DocumentFields.Count; f++)
            {
                var field = doc.Fields[f];
                totalLength[f] += field.Length;
                sequenceLength += field.Length + 1;
                foreach (var word in field)
                {
                    if (word.BuildVersion != version)
                    {
                        word.BuildVersion = version;
                        word.TermId = Intern(word.Term, termIds, terms);
                        word.PartIds = [];
                        distinct.Add(word);
                    }
                }
            }
        }

        // Pass 2: compound parts of long words, against the vocabulary of this build.
        Func<string, bool> known = termIds.ContainsKey;
        foreach (var word in distinct)
        {
            if (word.Word.Length < MinCompoundLength)
            {
                continue;
            }

            if (!_splitCache.TryGetValue(word.Word, out var parts))
            {
                parts = CompoundSplitter.Split(word.Word, known)?.Select(GermanAnalyzer.Term).ToArray();
                _splitCache[word.Word] = parts;
            }

            if (parts is not null)
            {
                var ids = new List<int>(parts.Length);
                foreach (var part in parts)
                {
                    var id = Intern(part, termIds, terms);
                    if (id != word.TermId && !ids.Contains(id))
                    {
                        ids.Add(id);
                    }
                }

                word.PartIds = [.. ids];
            }
        }

        // Pass 3: per-document field term frequencies → BM25F-saturated posting weights.
        var averageLength = new float[DocumentFields.Count];
        for (var f = 0; f < DocumentFields.Count; f++)
        {
            averageLength[f] = n == 0 ? 1 : Math.Max(1f, (float)(totalLength[f] / n));
        }

        var termCount = terms.Count;
        var tf = new float[DocumentFields.Count][];
        for (var f = 0; f < DocumentFields.Count; f++)
        {
            tf[f] = new float[termCount];
        }

        var seen = new bool[termCount];
        var touched = new List<int>(512);
        var postings = new List<Posting>(sequenceLength);
        var df = new int[termCount];
        var sequences = new int[n][];
        for (var d = 0; d < n; d++)
        {
            var doc = analyzed[d];
            var sequence = new int[doc.Fields.Sum(x => x.Length) + DocumentFields.Count];
            var p = 0;
            for (var f = 0; f < DocumentFields.Count; f++)
            {
                var tff = tf[f];
                foreach (var word in doc.Fields[f])
                {
                    Touch(word.TermId, seen, touched);
                    tff[word.TermId] += 1f;
                    sequence[p++] = word.TermId;
                    foreach (var part in word.PartIds)
                    {
                        Touch(part, seen, touched);
                        tff[part] += CompoundPartWeight;
                    }
                }

                sequence[p++] = -1;
            }

            sequences[d] = sequence;
            foreach (var t in touched)
            {
                var weighted = 0f;
                var nameWeighted = 0f;
                for (var f = 0; f < DocumentFields.Count; f++)
                {
                    var value = tf[f][t];
                    if (value == 0)
                    {
                        continue;
                    }

                    tf[f][t] = 0;
                    var norm = 1 - FieldB[f] + (FieldB[f] * doc.Fields[f].Length / averageLength[f]);
                    var contribution = FieldBoost[f] * value / norm;
                    weighted += contribution;
                    if (f <= (int)SearchField.Synonyms)
                    {
                        nameWeighted += contribution;
                    }
                }

                seen[t] = false;
                df[t]++;
                postings.Add(new Posting(t, d, weighted / (K1 + weighted), nameWeighted / (K1 + nameWeighted)));
            }

            touched.Clear();
        }

        // Group postings by term (they are already in document order within each term).
        var postingDocs = new int[termCount][];
        var postingWeights = new float[termCount][];
        var postingNameWeights = new float[termCount][];
        var fill = new int[termCount];
        var idf = new float[termCount];
        for (var t = 0; t < termCount; t++)
        {
            postingDocs[t] = new int[df[t]];
            postingWeights[t] = new float[df[t]];
            postingNameWeights[t] = new float[df[t]];
            idf[t] = (float)Math.Log(1 + ((n - df[t] + 0.5) / (df[t] + 0.5)));
        }

        foreach (var posting in postings)
        {
            var i = fill[posting.Term]++;
            postingDocs[posting.Term][i] = posting.Doc;
            postingWeights[posting.Term][i] = posting.Weight;
            postingNameWeights[posting.Term][i] = posting.NameWeight;
        }

        var types = documents.Select(d => d.Type).ToArray();
        ClearSharedNameWords(postingDocs, postingNameWeights, types);

        var documentIndex = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (var d = 0; d < n; d++)
        {
            documentIndex[documents[d].Id] = d;
        }

        return new IndexSnapshot
        {
            Documents = [.. documents],
            DocumentIndex = documentIndex.ToFrozenDictionary(StringComparer.Ordinal),
            DocumentTypes = types,
            TermIds = termIds.ToFrozenDictionary(StringComparer.Ordinal),
            Terms = [.. terms],
            PostingDocs = postingDocs,
            PostingWeights = postingWeights,
            PostingNameWeights = postingNameWeights,
            Idf = idf,
            LandMasks = [.. documents.Select(LandNames.Of)],
            Sequences = sequences,
            TermsByLength = ByLength(terms),
            TermMasks = [.. terms.Select(IndexSnapshot.LetterMask)],
            Glossary = new Glossary(glossary),
            FacetLexicon = FacetLexiconBuilder.Build(documents),
            Words = _words,
            Version = version,
        };
    }

    // A word in the names of many services ("digital", "online") or in most Steckbriefe at all ("EfA",
    // "Onlinedienst") names none of them: "Jagdschein digital" is named by "Jagdschein". Its name weights are
    // cleared, its search weights stay.
    private static void ClearSharedNameWords(int[][] postingDocs, float[][] postingNameWeights, DocumentType[] types)
    {
        var services = types.Count(t => t == DocumentType.Steckbrief);
        var limit = Math.Max(SharedNameMinServices, services / 10);
        for (var t = 0; t < postingDocs.Length; t++)
        {
            var inNames = 0;
            var inServices = 0;
            for (var i = 0; i < postingDocs[t].Length; i++)
            {
                var service = types[postingDocs[t][i]] == DocumentType.Steckbrief;
                inNames += service && postingNameWeights[t][i] > 0 ? 1 : 0;
                inServices += service ? 1 : 0;
            }

            if (inNames >= limit || (services >= SharedNameMinServices && 2 * inServices >= services))
            {
                Array.Clear(postingNameWeights[t]);
            }
        }
    }

    private readonly record struct Posting(int Term, int Doc, float Weight, float NameWeight);

    private static void Touch(int termId, bool[] seen, List<int> touched)
    {
        if (!seen[termId])
        {
            seen[termId] = true;
            touched.Add(termId);
        }
    }

    private static int[][] ByLength(List<string> terms)
    {
        var maxLength = 0;
        foreach (var term in terms)
        {
            maxLength = Math.Max(maxLength, term.Length);
        }

        var lists = new List<int>[maxLength + 1];
        for (var l = 0; l <= maxLength; l++)
        {
            lists[l] = [];
        }

        for (var t = 0; t < terms.Count; t++)
        {
            lists[terms[t].Length].Add(t);
        }

        return [.. lists.Select(l => l.ToArray())];
    }

    private static int Intern(string term, Dictionary<string, int> ids, List<string> terms)
    {
        if (ids.TryGetValue(term, out var id))
        {
            return id;
        }

        id = terms.Count;
        ids[term] = id;
        terms.Add(term);
        return id;
    }
}
