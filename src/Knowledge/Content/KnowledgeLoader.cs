using System.Text.RegularExpressions;

namespace KommunalBot.Knowledge.Content;

/// <summary>
/// Loads a knowledge folder (layout and formats: knowledge/FORMAT-DRAFT.md). Every problem is reported with
/// file, line and field; no file is dropped silently.
/// </summary>
public static partial class KnowledgeLoader
{
    internal const string SteckbriefFolder = "steckbriefe";
    internal const string FaqFolder = "faq";
    internal const string BestPracticeFolder = "best-practices";
    internal const string CatalogFolder = "katalog";
    internal const string GlossaryFile = "glossar.yaml";
    internal const string OzgFile = "ozg-leistungen.jsonl";
    internal const string LeikaFile = "leika-leistungen.jsonl";

    /// <summary>Loads all documents and the glossary below <paramref name="rootDirectory"/>.</summary>
    /// <param name="rootDirectory">The knowledge folder (holding steckbriefe/, faq/, ...).</param>
    /// <param name="mode">Strict fails on any problem; lenient skips broken files.</param>
    public static LoadResult Load(string rootDirectory, LoadMode mode)
    {
        var problems = new List<LoadProblem>();
        var skipped = new List<string>();
        var documents = new List<KnowledgeDocument>();
        var glossary = new List<GlossaryEntry>();
        if (!Directory.Exists(rootDirectory))
        {
            problems.Add(new LoadProblem(rootDirectory, 0, null, "Ordner nicht gefunden (folder not found)"));
            return Fail(problems, skipped);
        }

        foreach (var path in ContentFiles(rootDirectory, problems))
        {
            var file = LoadFile(path);
            problems.AddRange(file.Problems);
            if (file.Problems.Count > 0)
            {
                skipped.Add(path);
                continue;
            }

            documents.AddRange(file.Documents);
            glossary.AddRange(file.Glossary);
        }

        var catalogDir = Path.Combine(rootDirectory, CatalogFolder);
        var catalog = LoadCatalog(catalogDir);
        problems.AddRange(catalog.Problems);
        documents.AddRange(catalog.Documents);

        RemoveDuplicates(documents, problems, skipped);
        CheckServiceReferences(documents, problems, skipped);
        if (mode == LoadMode.Strict && problems.Count > 0)
        {
            return Fail(problems, skipped);
        }

        return new LoadResult
        {
            Documents = documents,
            Glossary = glossary,
            Problems = problems,
            SkippedFiles = skipped,
            SkippedCatalogRows = catalog.SkippedRows,
            Succeeded = true,
        };
    }

    private static LoadResult Fail(List<LoadProblem> problems, List<string> skipped) => new()
    {
        Documents = [],
        Glossary = [],
        Problems = problems,
        SkippedFiles = skipped,
        Succeeded = false,
    };

    /// <summary>Files the loader reads one by one: Steckbriefe, FAQ, best practices and the glossary.</summary>
    internal static List<string> ContentFiles(string root, List<LoadProblem> problems)
    {
        var files = new List<string>();
        AddFolder(Path.Combine(root, SteckbriefFolder), ".yaml", files, problems);
        AddFolder(Path.Combine(root, FaqFolder), ".md", files, problems);
        AddFolder(Path.Combine(root, BestPracticeFolder), ".md", files, problems);
        var glossary = Path.Combine(root, GlossaryFile);
        if (File.Exists(glossary))
        {
            files.Add(glossary);
        }

        return files;
    }

    private static void AddFolder(string folder, string extension, List<string> files, List<LoadProblem> problems)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith('.') || name.Equals("README.md", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (path.EndsWith(extension, StringComparison.Ordinal))
            {
                files.Add(path);
            }
            else
            {
                problems.Add(new LoadProblem(path, 0, null, $"unerwartete Datei, erwartet *{extension} (unexpected file)"));
            }
        }
    }

    [GeneratedRegex("^[a-z0-9-]+$")]
    private static partial Regex IdPattern();
}
