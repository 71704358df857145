using KommunalBot.Knowledge.Content;

namespace KommunalBot.Knowledge.Search;

/// <summary>Which document text goes into which search field (title, synonyms, keywords, body).</summary>
internal static class FieldTexts
{
    public static List<string>[] Of(KnowledgeDocument d)
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
            AddSteckbrief(s, synonyms, keywords, body);
        }

        if (d.Catalog is { } c)
        {
            // A row's own key counts like its name, so "OZG-Leistung 10119" finds the OZG row, not its LeiKa rows.
            (d.Type == DocumentType.OzgLeistung ? synonyms : keywords).Add(c.OzgId);
            keywords.Add(c.OzgLeistung);
            if (c.LeikaKey is not null)
            {
                synonyms.Add(c.LeikaKey);
            }
        }

        return [title, synonyms, keywords, body];
    }

    private static void AddSteckbrief(Steckbrief s, List<string> synonyms, List<string> keywords, List<string> body)
    {
        if (s.Ozg is { } ozg)
        {
            synonyms.Add(ozg.Leistung);
            keywords.Add(ozg.Id);
        }

        foreach (var l in s.Leika)
        {
            if (l.Name is not null)
            {
                synonyms.Add(l.Name);
            }

            keywords.Add(l.Schluessel);
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
    }
}
