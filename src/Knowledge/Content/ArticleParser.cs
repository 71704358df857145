
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

        return new Article
        {
            Id = id,
            Type = type.Value,
            Title = titel,
            Markdown = markdownBody,
            Topics = themen,
            Date = datum.Value,
            Sources = quellen,
            Region = region,
            Organisation = organisation,
            Contact = kontakt,
            Services = dienste,
            Sample = beispiel,
            SourcePath = path,
        }.ToDocument();
    }
}
