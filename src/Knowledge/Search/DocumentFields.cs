using System.Collections.Concurrent;
using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Text;

namespace KommunalBot.Knowledge.Search;

/// <summary>The analysed words of each search field of a document, computed once per document version.</summary>
internal sealed class DocumentFields
{
    public const int Count = 4;

    private DocumentFields(IndexedWord[][] fields) => Fields = fields;

    public IndexedWord[][] Fields { get; }

    public static DocumentFields Analyze(KnowledgeDocument d, ConcurrentDictionary<string, IndexedWord> words)
    {
        var texts = FieldTexts.Of(d);
        var fields = new IndexedWord[Count][];
        for (var f = 0; f < Count; f++)
        {
            var list = new List<IndexedWord>();
            foreach (var text in texts[f])
            {
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                foreach (var token in TextNormalizer.Tokenize(text))
                {
                    if (StopWords.Contains(token.Text))
                    {
                        continue;
                    }

                    if (!words.TryGetValue(token.Text, out var word))
                    {
                        word = words.GetOrAdd(token.Text, new IndexedWord(token.Text, GermanAnalyzer.Term(token.Text)));
                    }

                    list.Add(word);
                }
            }

            fields[f] = [.. list];
        }

        return new DocumentFields(fields);
    }
}
