using System.Text.Json;

namespace KommunalBot.Knowledge.Content;

/// <summary>
/// Reads the OZG/LeiKa catalogue (JSON Lines, 2019 open data). OZG rows become <c>ozg-&lt;ozgId&gt;</c>,
/// LeiKa rows <c>leika-&lt;key&gt;</c>; LeiKa rows without key are counted and skipped.
/// </summary>
internal static class CatalogParser
{
    private static readonly Source CatalogSource = new(
        "https://github.com/kdn-nrw/OZG-Datenbank-NRW", "OZG-Umsetzungskatalog und Leistungskatalog (LeiKa), Datenstand 2019", "2019-10-05");

    private sealed record OzgRow(string Id, string Name, string? Themenfeld, string? Lebenslage, IReadOnlyList<string> Zustaendigkeit, string? Prioritaet, string? Status);

    private sealed record LeikaRow(string Key, string Name, string? Typisierung, string? Rechtsgrundlage, string? Gesetze, string? GesetzeKurz, string OzgId, string? OzgLeistung);

    public static (List<KnowledgeDocument> Documents, int SkippedRows) Parse(string? ozgPath, string? leikaPath, List<LoadProblem> problems)
    {
        var ozgRows = new List<OzgRow>();
        var leikaRows = new List<LeikaRow>();
        var skipped = 0;
        if (ozgPath is not null)
        {
            ReadLines(ozgPath, problems, (e, line) =>
            {
                var id = Str(e, "ozgId");
                var name = Str(e, "name");
                if (id is null || name is null)
                {
                    problems.Add(new LoadProblem(ozgPath, line, id is null ? "ozgId" : "name", "Pflichtfeld fehlt (required field missing)"));
                    return;
                }

                var zustaendigkeit = new List<string>();
                if (e.TryGetProperty("zustaendigkeit", out var z) && z.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in z.EnumerateArray())
                    {
                        if (item.ValueKind == JsonValueKind.String)
                        {
                            zustaendigkeit.Add(item.GetString()!);
                        }
                    }
                }

                ozgRows.Add(new OzgRow(id, name, Str(e, "themenfeld"), Str(e, "lebenslage"), zustaendigkeit, Str(e, "prioritaet"), Str(e, "status2019")));
            });
        }

        if (leikaPath is not null)
        {
            ReadLines(leikaPath, problems, (e, line) =>
            {
                var key = Str(e, "leikaKey");
                var name = Str(e, "name");
                if (key is null)
                {
                    skipped++;
                    return;
                }

                if (name is null)
                {
                    problems.Add(new LoadProblem(leikaPath, line, "name", "Pflichtfeld fehlt (required field missing)"));
                    return;
                }

                leikaRows.Add(new LeikaRow(key, name, Str(e, "typisierung"), Str(e, "rechtsgrundlage"), Str(e, "gesetze"), Str(e, "gesetzeKurz"), Str(e, "ozgId") ?? "", Str(e, "ozgLeistung")));
            });
        }

        return (ToDocuments(ozgRows, leikaRows, ozgPath, leikaPath), skipped);
    }

    private static List<KnowledgeDocument> ToDocuments(List<OzgRow> ozgRows, List<LeikaRow> leikaRows, string? ozgPath, string? leikaPath)
    {
        var byOzg = new Dictionary<string, List<LeikaReference>>(StringComparer.Ordinal);
        foreach (var row in leikaRows)
        {
            if (!byOzg.TryGetValue(row.OzgId, out var list))
            {
                byOzg[row.OzgId] = list = [];
            }

            list.Add(new LeikaReference(row.Key, row.Name));
        }

        var documents = new List<KnowledgeDocument>(ozgRows.Count + leikaRows.Count);
        var ozgById = new Dictionary<string, OzgRow>(StringComparer.Ordinal);
        foreach (var row in ozgRows)
        {
            ozgById[row.Id] = row;
            var leika = byOzg.TryGetValue(row.Id, out var l) ? l : [];
            documents.Add(new KnowledgeDocument
            {
                Id = "ozg-" + row.Id,
                Type = DocumentType.OzgLeistung,
                Title = row.Name,
                Summary = $"OZG-Leistung {row.Name} (OZG-ID {row.Id}), Themenfeld {row.Themenfeld}, Lebenslage {row.Lebenslage}.",
                Body = string.Join("; ", leika.Select(x => x.Name)),
                Topics = new[] { row.Themenfeld, row.Lebenslage }.OfType<string>().ToList(),
                Status = row.Status,
                Sources = [CatalogSource],
                SourcePath = ozgPath,
                Catalog = new CatalogEntry
                {
                    OzgId = row.Id,
                    OzgLeistung = row.Name,
                    Themenfeld = row.Themenfeld,
                    Lebenslage = row.Lebenslage,
                    LeikaLeistungen = leika,
                },
            });
        }

        foreach (var row in leikaRows)
        {
            var ozg = ozgById.GetValueOrDefault(row.OzgId);
            var ozgName = row.OzgLeistung ?? ozg?.Name ?? "";
            documents.Add(new KnowledgeDocument
            {
                Id = "leika-" + row.Key,
                Type = DocumentType.LeikaLeistung,
                Title = row.Name,
                Synonyms = row.GesetzeKurz is null ? [] : [row.GesetzeKurz],
                Summary = $"LeiKa-Leistung {row.Name} (Schlüssel {row.Key}), gehört zur OZG-Leistung {ozgName} (OZG-ID {row.OzgId}).",
                Body = string.Join(" ", new[] { row.Gesetze, row.Rechtsgrundlage }.OfType<string>()),
                Topics = new[] { ozg?.Themenfeld, ozg?.Lebenslage }.OfType<string>().ToList(),
                Sources = [CatalogSource],
                SourcePath = leikaPath,
                Catalog = new CatalogEntry
                {
                    OzgId = row.OzgId,
                    OzgLeistung = ozgName,
                    Themenfeld = ozg?.Themenfeld,
                    Lebenslage = ozg?.Lebenslage,
                    LeikaKey = row.Key,
                    Typisierung = row.Typisierung,
                    Rechtsgrundlage = row.Rechtsgrundlage,
                },
            });
        }

        return documents;
    }

    private static void ReadLines(string path, List<LoadProblem> problems, Action<JsonElement, int> onRow)
    {
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(text);
                onRow(json.RootElement, line);
            }
            catch (JsonException ex)
            {
                problems.Add(new LoadProblem(path, line, null, "ungültiges JSON: " + ex.Message));
            }
        }
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
