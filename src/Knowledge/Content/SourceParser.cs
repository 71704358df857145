namespace KommunalBot.Knowledge.Content;

/// <summary>Reads <c>quellen</c> lists and checks that item-level <c>quelle</c> references point into them.</summary>
internal static class SourceParser
{
    public static IReadOnlyList<Source> ParseList(YamlFields f, string key, bool required)
    {
        var sources = new List<Source>();
        foreach (var item in f.MapList(key, required))
        {
            var url = item.Text("url", required: true);
            var titel = item.Text("titel", required: true);
            var stand = item.Text("stand");
            if (stand is not null && !YamlFields.TryParseDate(stand, out _))
            {
                item.Error("stand", $"ungültiges Datum '{stand}', erwartet YYYY-MM-DD oder YYYY-MM (bad date)");
            }

            item.RejectUnknown();
            if (url is not null && titel is not null)
            {
                sources.Add(new Source(url, titel, stand));
            }
        }

        return sources;
    }

    public static void CheckQuelleReferences(YamlFields f, IReadOnlyList<Source> sources, IEnumerable<string?> references, string key)
    {
        foreach (var reference in references)
        {
            if (reference is null)
            {
                continue;
            }

            var found = false;
            foreach (var source in sources)
            {
                found |= source.Url == reference;
            }

            if (!found)
            {
                f.Error(key, $"quelle '{reference}' steht nicht in quellen (must be one of quellen[].url)");
            }
        }
    }
}
