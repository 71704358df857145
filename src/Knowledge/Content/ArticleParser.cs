
namespace KommunalBot.Knowledge.Content;

/// <summary>Maps a FAQ or best practice (front matter + Markdown body) to a document.</summary>
internal static class ArticleParser
{
    public static KnowledgeDocument? Parse(YamlFields f, string markdownBody, string path)
    {
        var id = f.Text("id", required: true);
        var typ = f.Text("typ", required: true);
        var titel = f.Text("titel", required: true);
        var themen = f.TextList("themen", required: true);
        var region = f.Text("region");
        var organisation = f.Text("organisation");
        var datum = f.Date("datum", required: true);
        var kontakt = f.Text("kontakt");
        var dienste = f.TextList("dienste");
        var quellen = SourceParser.ParseList(f, "quellen", required: true);
        var beispiel = f.Bool("beispiel") ?? false;
        f.RejectUnknown();

        DocumentType? type = typ switch
        {
            "faq" => DocumentType.Faq,
            "best-practice" => DocumentType.BestPractice,
            null => null,
            _ => null,
        };
        if (typ is not null && type is null)
        {
            f.Error("typ", $"unbekannter typ '{typ}', erwartet faq oder best-practice");
        }

        if (id is null || type is null || titel is null || themen.Count == 0 || datum is null || quellen.Count == 0)
        {
            return null;
        }

        var body = MarkdownText.ToPlain(markdownBody);
        var extra = string.Join(" ", new[] { organisation, kontakt }.OfType<string>());
        return new KnowledgeDocument
        {
            Id = id,
            Type = type.Value,
            Title = titel,
            Summary = FirstParagraph(body),
            Body = extra.Length == 0 ? body : body + "\n" + extra,
            Topics = themen,
            Land = region,
            Date = datum,
            Sources = quellen,
            Services = dienste,
            Sample = beispiel,
            SourcePath = path,
            Markdown = markdownBody.Trim(),
        };
    }

    // The first paragraph, at most 400 characters, cut after a whole sentence (else a whole word).
    private static string FirstParagraph(string body)
    {
        const int Max = 400;
        var end = body.IndexOf("\n\n", StringComparison.Ordinal);
        var first = end < 0 ? body : body[..end];
        if (first.Length <= Max)
        {
            return first;
        }

        var sentence = first.LastIndexOf(". ", Max, StringComparison.Ordinal);
        if (sentence > Max / 2)
        {
            return first[..(sentence + 1)];
        }

        var word = first.LastIndexOf(' ', Max);
        return first[..(word > 0 ? word : Max)] + " …";
    }
}
