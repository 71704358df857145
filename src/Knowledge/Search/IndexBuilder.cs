using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Text;

namespace KommunalBot.Knowledge.Search;

/// <summary>
/// Builds <see cref="IndexSnapshot"/>s. Analysed fields are cached per document instance and compound
/// splits per word, so rebuilding after one change costs little more than re-aggregating postings.
/// </summary>
internal sealed class IndexBuilder
{
    // BM25F parameters: name and synonyms above keywords above body.
    private static readonly float[] FieldBoost = [4.0f, 3.0f, 1.5f, 1.0f];
    private static readonly float[] FieldB = [0.3f, 0.3f, 0.5f, 0.75f];
    private const float K1 = 1.2f;
    private const float CompoundPartWeight = 0.5f;
    private const int MinCompoundLength = 8;

    private readonly ConditionalWeakTable<KnowledgeDocument, DocumentFields> _fieldCache = new();
    private readonly ConcurrentDictionary<string, string[]?> _splitCache = new(StringComparer.Ordinal);
    private long _version;

    public IndexSnapshot Build(IReadOnlyList<KnowledgeDocument> documents, IReadOnlyList<GlossaryEntry> glossary)
    {
        var n = documents.Count;
        var analyzed = new DocumentFields[n];
        Parallel.For(0, n, i => analyzed[i] = _fieldCache.GetValue(documents[i], DocumentFields.Analyze));

        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        var totalLength = new double[DocumentFields.Count];
        foreach (var doc in analyzed)
        {
            for (var f = 0; f < DocumentFields.Count; f++)
            {
                totalLength[f] += doc.Fields[f].Count;
                foreach (var token in doc.Fields[f])
                {
                    vocabulary.Add(token.Term);
                }
            }
        }

        var averageLength = new float[DocumentFields.Count];
        for (var f = 0; f < DocumentFields.Count; f++)
        {
            averageLength[f] = n == 0 ? 1 : Math.Max(1f, (float)(totalLength[f] / n));
        }

        var termIds = new Dictionary<string, int>(vocabulary.Count * 2, StringComparer.Ordinal);
        var terms = new List<string>(vocabulary.Count * 2);
        var postingDocs = new List<List<int>>();
        var postingWeights = new List<List<float>>();
        var postingNameWeights = new List<List<float>>();
        var sequences = new int[n][];
        var tf = new Dictionary<int, float[]>();
        var sequence = new List<int>(256);

        for (var d = 0; d < n; d++)
        {
            tf.Clear();
            sequence.Clear();
            var doc = analyzed[d];
            for (var f = 0; f < DocumentFields.Count; f++)
            {
                foreach (var token in doc.Fields[f])
                {
                    var id = Intern(token.Term, termIds, terms, postingDocs, postingWeights, postingNameWeights);
                    Add(tf, id, f, 1f);
                    sequence.Add(id);
                    if (token.Word.Length >= MinCompoundLength)
                    {
                        foreach (var part in SplitCompound(token.Word, vocabulary))
                        {
                            var partId = Intern(part, termIds, terms, postingDocs, postingWeights, postingNameWeights);
                            Add(tf, partId, f, CompoundPartWeight);
                        }
                    }
                }

                sequence.Add(-1);
            }

            sequences[d] = [.. sequence];
            foreach (var (id, perField) in tf)
            {
                var weighted = 0f;
                var nameWeighted = 0f;
                for (var f = 0; f < DocumentFields.Count; f++)
                {
                    if (perField[f] == 0)
                    {
                        continue;
                    }

                    var norm = 1 - FieldB[f] + (FieldB[f] * doc.Fields[f].Count / averageLength[f]);
                    var contribution = FieldBoost[f] * perField[f] / norm;
                    weighted += contribution;
                    if (f <= (int)SearchField.Synonyms)
                    {
                        nameWeighted += contribution;
                    }
                }

                postingDocs[id].Add(d);
                postingWeights[id].Add(weighted / (K1 + weighted));
                postingNameWeights[id].Add(nameWeighted / (K1 + nameWeighted));
            }
        }

        var idf = new float[terms.Count];
        var byLength = new Dictionary<int, List<int>>();
        for (var t = 0; t < terms.Count; t++)
        {
            var df = postingDocs[t].Count;
            idf[t] = (float)Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
            if (!byLength.TryGetValue(terms[t].Length, out var list))
            {
                byLength[terms[t].Length] = list = [];
            }

            list.Add(t);
        }

        var maxLength = byLength.Count == 0 ? 0 : byLength.Keys.Max();
        var termsByLength = new int[maxLength + 1][];
        for (var l = 0; l <= maxLength; l++)
        {
            termsByLength[l] = byLength.TryGetValue(l, out var list) ? [.. list] : [];
        }

        var documentIndex = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (var d = 0; d < n; d++)
        {
            documentIndex[documents[d].Id] = d;
        }

        return new IndexSnapshot
        {
            Documents = [.. documents],
            DocumentIndex = documentIndex.ToFrozenDictionary(StringComparer.Ordinal),
            TermIds = termIds.ToFrozenDictionary(StringComparer.Ordinal),
            Terms = [.. terms],
            PostingDocs = postingDocs.Select(p => p.ToArray()).ToArray(),
            PostingWeights = postingWeights.Select(p => p.ToArray()).ToArray(),
            PostingNameWeights = postingNameWeights.Select(p => p.ToArray()).ToArray(),
            Idf = idf,
            Sequences = sequences,
            TermsByLength = termsByLength,
            Glossary = new Glossary(glossary),
            Version = Interlocked.Increment(ref _version),
        };
    }

    private string[] SplitCompound(string word, HashSet<string> vocabulary)
    {
        var parts = _splitCache.GetOrAdd(word, w =>
        {
            var split = CompoundSplitter.Split(w, vocabulary.Contains);
            return split?.Select(GermanAnalyzer.Term).ToArray();
        });
        return parts ?? [];
    }

    private static int Intern(string term, Dictionary<string, int> ids, List<string> terms, List<List<int>> docs, List<List<float>> weights, List<List<float>> nameWeights)
    {
        if (ids.TryGetValue(term, out var id))
        {
            return id;
        }

        id = terms.Count;
        ids[term] = id;
        terms.Add(term);
        docs.Add([]);
        weights.Add([]);
        nameWeights.Add([]);
        return id;
    }

    private static void Add(Dictionary<int, float[]> tf, int id, int field, float value)
    {
        if (!tf.TryGetValue(id, out var perField))
        {
            tf[id] = perField = new float[DocumentFields.Count];
        }

        perField[field] += value;
    }
}
