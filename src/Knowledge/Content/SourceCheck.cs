namespace KommunalBot.Knowledge.Content;

/// <summary>
/// Lists facts whose source is missing or unclear, for editors. The rule is in knowledge/README.md
/// ("Facts without a source"): a document without <c>quellen</c>; in a Steckbrief with more than one source,
/// every fact item without <c>quelle</c>; a glossary explanation without <c>quelle</c>.
/// </summary>
internal static class SourceCheck
{
    private const string NoSources = "keine quellen (document has no source)";
    private const string NoItemSource = "quelle fehlt: das Dokument hat mehrere quellen, unklar welche diese Angabe belegt (several sources, unclear which one backs this fact)";

    public static List<UnsourcedFact> Find(IReadOnlyCollection<KnowledgeDocument> documents, IReadOnlyList<GlossaryEntry> glossary)
    {
        var catalogKeys = documents.Select(d => d.Catalog?.LeikaKey).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var found = new List<UnsourcedFact>();
        foreach (var document in documents.Where(d => d.Catalog is null).OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            if (document.Sources.Count == 0)
            {
                found.Add(Fact(document.Id, document.SourcePath, "quellen", NoSources));
            }
            else if (document.Steckbrief is { } steckbrief && document.Sources.Count > 1)
            {
                var urls = document.Sources.Select(s => s.Url).ToHashSet(StringComparer.Ordinal);
                found.AddRange(ItemsWithoutQuelle(steckbrief, urls, catalogKeys).Select(field => Fact(document.Id, document.SourcePath, field, NoItemSource)));
            }
        }

        for (var i = 0; i < glossary.Count; i++)
        {
            if (glossary[i] is { Erklaerung: not null, Quelle: null } entry)
            {
                found.Add(Fact("glossar", entry.SourcePath, $"[{i}].quelle", $"Erklärung zu „{entry.Begriff}“ ohne quelle (explanation without a source)"));
            }
        }

        return found;
    }

    /// <summary>Field paths of the fact items that name no source. A LeiKa key from the catalogue is backed by the
    /// catalogue; a link whose address is itself one of the sources backs itself.</summary>
    private static List<string> ItemsWithoutQuelle(Steckbrief s, HashSet<string> sourceUrls, HashSet<string> catalogKeys)
    {
        var fields = new List<string>();
        Add("leika", s.Leika.Select(l => l.Quelle is not null || catalogKeys.Contains(l.Schluessel)));
        Add("status.laender", s.Status.Laender.Select(l => l.Quelle is not null));
        Add("fachverfahren", s.Fachverfahren.Select(f => f.Quelle is not null));
        Add("transportweg", s.Transportwege.Select(t => t.Quelle is not null));
        if (s.Nachnutzung is { Quelle: null })
        {
            fields.Add("nachnutzung");
        }

        Add("kontakte", s.Kontakte.Select(k => k.Quelle is not null));
        Add("links", s.Links.Select(l => l.Quelle is not null || sourceUrls.Contains(l.Url)));
        return fields;

        void Add(string list, IEnumerable<bool> backed)
        {
            var i = 0;
            foreach (var isBacked in backed)
            {
                if (!isBacked)
                {
                    fields.Add($"{list}[{i}]");
                }

                i++;
            }
        }
    }

    private static UnsourcedFact Fact(string id, string? path, string field, string missing) =>
        new(id, path is null ? null : RelativeFile(path), path is null ? 0 : FieldLines.Find(path, field), field, missing);

    /// <summary>The file as editors see it below the knowledge folder: <c>faq/faq-fit-store.md</c>, <c>glossar.yaml</c>.</summary>
    private static string RelativeFile(string path)
    {
        var folder = Path.GetFileName(Path.GetDirectoryName(path));
        var name = Path.GetFileName(path);
        return folder is KnowledgeLoader.SteckbriefFolder or KnowledgeLoader.FaqFolder or KnowledgeLoader.BestPracticeFolder ? folder + "/" + name : name;
    }
}
