using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

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

    /// <summary>Loads one content file (Steckbrief, article or glossary); problems make the file unusable.</summary>
    internal static FileLoad LoadFile(string path)
    {
        var problems = new List<LoadProblem>();
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            problems.Add(new LoadProblem(path, 0, null, "nicht lesbar: " + ex.Message));
            return new FileLoad([], [], problems);
        }

        var folder = Path.GetFileName(Path.GetDirectoryName(path)) ?? "";
        var isGlossary = Path.GetFileName(path) == GlossaryFile;
        var isArticle = path.EndsWith(".md", StringComparison.Ordinal);
        var yamlText = text;
        var body = "";
        var lineOffset = 0;
        if (isArticle && !SplitFrontMatter(text, out yamlText, out body))
        {
            problems.Add(new LoadProblem(path, 1, null, "Front Matter fehlt: Datei muss mit --- beginnen und einem --- enden (missing front matter)"));
            return new FileLoad([], [], problems);
        }

        if (isArticle)
        {
            lineOffset = 1;
        }

        YamlNode root;
        var parser = new TrackingParser(new Parser(new StringReader(yamlText)));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            if (stream.Documents.Count == 0)
            {
                problems.Add(new LoadProblem(path, 1, null, "Datei ist leer (empty file)"));
                return new FileLoad([], [], problems);
            }

            root = stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            problems.Add(new LoadProblem(path, (int)ex.Start.Line + lineOffset, null, "YAML-Fehler: " + ex.Message));
            return new FileLoad([], [], problems);
        }
        catch (InvalidOperationException ex)
        {
            problems.Add(new LoadProblem(path, parser.LastLine + lineOffset, null, "YAML-Fehler nach dieser Zeile: " + ex.Message));
            return new FileLoad([], [], problems);
        }

        if (isGlossary)
        {
            var glossary = GlossaryParser.Parse(root, path, problems);
            return new FileLoad([], glossary, problems);
        }

        if (root is not YamlMappingNode map)
        {
            problems.Add(new LoadProblem(path, (int)root.Start.Line + lineOffset, null, "Abschnitt mit Feldern erwartet (expected a mapping)"));
            return new FileLoad([], [], problems);
        }

        var fields = new YamlFields(path, map, "", lineOffset, problems);
        var document = isArticle ? ArticleParser.Parse(fields, body, path) : SteckbriefParser.Parse(fields, path);
        if (document is not null)
        {
            CheckId(document, fields, path, folder);
        }

        return new FileLoad(document is null || problems.Count > 0 ? [] : [document], [], problems);
    }

    private static void CheckId(KnowledgeDocument document, YamlFields fields, string path, string folder)
    {
        if (!IdPattern().IsMatch(document.Id))
        {
            fields.Error("id", $"id '{document.Id}' muss kebab-case sein: [a-z0-9-]+");
        }
        else if (document.Id != Path.GetFileNameWithoutExtension(path))
        {
            fields.Error("id", $"id '{document.Id}' muss dem Dateinamen entsprechen ('{Path.GetFileNameWithoutExtension(path)}')");
        }

        var expectedFolder = document.Type switch
        {
            DocumentType.Faq => FaqFolder,
            DocumentType.BestPractice => BestPracticeFolder,
            _ => SteckbriefFolder,
        };
        if (folder != expectedFolder)
        {
            fields.Error("typ", $"Dokument vom Typ {document.Type} gehört in den Ordner {expectedFolder}/");
        }
    }

    private static bool SplitFrontMatter(string text, out string yaml, out string body)
    {
        yaml = "";
        body = "";
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (normalized.StartsWith('\uFEFF'))
        {
            normalized = normalized[1..];
        }

        if (!normalized.StartsWith("---\n", StringComparison.Ordinal))
        {
            return false;
        }

        var end = normalized.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        yaml = normalized[4..(end + 1)];
        var afterMarker = normalized.IndexOf('\n', end + 4);
        body = afterMarker < 0 ? "" : normalized[(afterMarker + 1)..];
        return true;
    }

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

    [GeneratedRegex("^[a-z0-9-]+$")]
    private static partial Regex IdPattern();
}

/// <summary>Result of loading one content file.</summary>
internal sealed record FileLoad(IReadOnlyList<KnowledgeDocument> Documents, IReadOnlyList<GlossaryEntry> Glossary, IReadOnlyList<LoadProblem> Problems);

/// <summary>Result of loading the catalogue folder.</summary>
internal sealed record CatalogLoad(IReadOnlyList<KnowledgeDocument> Documents, int SkippedRows, IReadOnlyList<LoadProblem> Problems);
