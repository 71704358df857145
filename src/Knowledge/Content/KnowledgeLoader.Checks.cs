namespace KommunalBot.Knowledge.Content;

public static partial class KnowledgeLoader
{
    internal static CatalogLoad LoadCatalog(string catalogDir)
    {
        var problems = new List<LoadProblem>();
        var ozg = Path.Combine(catalogDir, OzgFile);
        var leika = Path.Combine(catalogDir, LeikaFile);
        var (documents, skipped) = CatalogParser.Parse(File.Exists(ozg) ? ozg : null, File.Exists(leika) ? leika : null, problems);
        return new CatalogLoad(documents, skipped, problems);
    }

    private static void RemoveDuplicates(List<KnowledgeDocument> documents, List<LoadProblem> problems, List<string> skipped)
    {
        var seen = new Dictionary<string, KnowledgeDocument>(StringComparer.Ordinal);
        var kept = new List<KnowledgeDocument>(documents.Count);
        foreach (var document in documents)
        {
            if (seen.TryGetValue(document.Id, out var first))
            {
                var path = document.SourcePath ?? "?";
                problems.Add(new LoadProblem(path, KeyLine(path, "id"), "id", $"doppelte id '{document.Id}' (duplicate id, first in {first.SourcePath})"));
                skipped.Add(path);
                continue;
            }

            seen[document.Id] = document;
            kept.Add(document);
        }

        documents.Clear();
        documents.AddRange(kept);
    }

    /// <summary><c>dienste</c> must name existing Steckbriefe; an article with a dangling reference is skipped.</summary>
    private static void CheckServiceReferences(List<KnowledgeDocument> documents, List<LoadProblem> problems, List<string> skipped)
    {
        var steckbriefe = documents.Where(d => d.Type == DocumentType.Steckbrief).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        documents.RemoveAll(d =>
        {
            var missing = d.Services.Where(id => !steckbriefe.Contains(id)).ToList();
            if (missing.Count == 0)
            {
                return false;
            }

            var path = d.SourcePath ?? "?";
            problems.Add(new LoadProblem(path, KeyLine(path, "dienste"), "dienste", $"unbekannte Steckbrief-id(s): {string.Join(", ", missing)} (unknown service id)"));
            skipped.Add(path);
            return true;
        });
    }

    private static int KeyLine(string path, string key)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (text.StartsWith(key + ":", StringComparison.Ordinal))
            {
                return line;
            }
        }

        return 0;
    }
}
