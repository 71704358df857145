using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Text;

namespace KommunalBot.Knowledge.Search;

/// <summary>The text of each search field of a document, analysed once per document version.</summary>
internal sealed class DocumentFields
{
    public const int Count = 4;

    private DocumentFields(KnowledgeDocument document, List<AnalyzedToken>[] fields)
    {
        Document = document;
        Fields = fields;
    }

    public KnowledgeDocument Document { get; }

    public List<AnalyzedToken>[] Fields { get; }

    public static DocumentFields Analyze(KnowledgeDocument d)
    {
        var title = new List<string> { d.Title };
        var synonyms = new List<string>(d.Synonyms);
        var keywords = new List<string>(d.Topics);
        var body = new List<string> { d.Summary, d.Body };
        if (d.Land is not null)
        {
            keywords.Add(d.Land);
        }

        if (d.Steckbrief is { } s)
        {
            synonyms.Add(s.Ozg.Leistung);
            foreach (var l in s.Leika)
            {
                if (l.Name is not null)
                {
                    synonyms.Add(l.Name);
                }
            }

            keywords.AddRange(s.Fachstandard);
            keywords.AddRange(new[] { s.Federfuehrung, s.Betreiber, s.Zahlung, s.Nutzerkonto }.OfType<string>());
            foreach (var f in s.Fachverfahren)
            {
                keywords.AddRange(new[] { f.Produkt, f.Hersteller, f.Schnittstelle }.OfType<string>());
                body.Add(f.Hinweis ?? "");
            }

            foreach (var t in s.Transportwege)
            {
                keywords.Add(t.Weg);
                body.Add(t.Details ?? "");
            }

            if (s.Nachnutzung is { } n)
            {
                keywords.AddRange(n.Modelle);
                body.Add(n.Kosten ?? "");
                body.Add(n.Details ?? "");
            }

            body.Add(s.Status.Zusammenfassung);
            foreach (var l in s.Status.Laender)
            {
                body.Add($"{l.Land} {l.Status}");
            }

            body.AddRange(s.Anbindung);
            foreach (var k in s.Kontakte)
            {
                body.Add($"{k.Rolle} {k.Name}");
            }

            foreach (var link in s.Links)
            {
                body.Add(link.Titel);
            }

            keywords.Add(s.Ozg.Id);
            foreach (var l in s.Leika)
            {
                keywords.Add(l.Schluessel);
            }
        }

        if (d.Catalog is { } c)
        {
            keywords.Add(c.OzgId);
            keywords.Add(c.OzgLeistung);
            if (c.LeikaKey is not null)
            {
                keywords.Add(c.LeikaKey);
            }
        }

        return new DocumentFields(d,
        [
            AnalyzeAll(title), AnalyzeAll(synonyms), AnalyzeAll(keywords), AnalyzeAll(body),
        ]);
    }

    private static List<AnalyzedToken> AnalyzeAll(List<string> texts)
    {
        var result = new List<AnalyzedToken>();
        foreach (var text in texts)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                result.AddRange(GermanAnalyzer.Analyze(text));
            }
        }

        return result;
    }
}
