using KommunalBot.Knowledge.Answers;

namespace KommunalBot.Bot.Features.Ask.Assistant;

/// The retrieved material of an answer, numbered [1]..[n] by source: each direct fact goes to the source it
/// cites (else to the first source of the answer's service), each passage to the first source of its document.
/// Sources without material are left out, so every number points at text the model has seen.
internal static class AssistantMaterial
{
    public static IReadOnlyList<MaterialSource> Build(Answer answer, int maxPassages)
    {
        var sources = answer.Sources.DistinctBy(s => s.Url, StringComparer.Ordinal).ToList();
        if (sources.Count == 0)
        {
            return [];
        }

        var facts = sources.ToDictionary(s => s.Url, _ => new List<string>(), StringComparer.Ordinal);
        var passages = sources.ToDictionary(s => s.Url, _ => new List<(string Title, string Text)>(), StringComparer.Ordinal);
        var fallbackUrl = ServiceSource(answer) ?? sources[0].Url;
        foreach (var fact in answer.DirectFacts)
        {
            var url = fact.SourceUrl is { } cited && facts.ContainsKey(cited) ? cited : fallbackUrl;
            facts[url].Add($"{fact.Label}: {fact.Value}");
        }

        foreach (var passage in answer.Passages.Take(maxPassages))
        {
            var document = answer.Hits.FirstOrDefault(h => h.Document.Id == passage.DocumentId)?.Document;
            var source = document?.Sources.FirstOrDefault(s => passages.ContainsKey(s.Url));
            if (source is not null && Plain(passage.Snippet) is { Length: > 0 } text)
            {
                passages[source.Url].Add((passage.Title, text));
            }
        }

        var numbered = new List<MaterialSource>();
        foreach (var source in sources.Where(s => facts[s.Url].Count > 0 || passages[s.Url].Count > 0))
        {
            numbered.Add(new MaterialSource(numbered.Count + 1, source.Title, source.Url, facts[source.Url], passages[source.Url]));
        }

        return numbered;
    }

    private static string? ServiceSource(Answer answer)
    {
        if (answer.Services.Count == 0)
        {
            return null;
        }

        var service = answer.Hits.FirstOrDefault(h => h.Document.Id == answer.Services[0].Id)?.Document;
        return service?.Sources.Select(s => s.Url).FirstOrDefault(url => answer.Sources.Any(s => s.Url == url));
    }

    // Snippets mark matches as **bold** and may wrap lines; the model gets plain single-line text.
    private static string Plain(string snippet) =>
        string.Join(' ', snippet.Replace("**", string.Empty, StringComparison.Ordinal)
            .Split((char[])['\r', '\n', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
