using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KommunalBot.Knowledge.Content;

public static partial class KnowledgeLoader
{
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

    internal static bool SplitFrontMatter(string text, out string yaml, out string body)
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
}
