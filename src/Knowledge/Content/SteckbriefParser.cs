namespace KommunalBot.Knowledge.Content;

/// <summary>Maps a Steckbrief YAML mapping to a document (format: knowledge/README.md).</summary>
internal static class SteckbriefParser
{
    public static KnowledgeDocument? Parse(YamlFields f, string path)
    {
        var id = f.Text("id", required: true);
        var name = f.Text("name", required: true);
        var synonyms = f.TextList("synonyms");
        var beschreibung = f.Text("beschreibung", required: true);
        var ozg = ParseOzg(f.Map("ozg"));
        var leika = f.MapList("leika").Select(ParseLeika).OfType<LeikaReference>().ToList();
        var land = f.Text("umsetzendes_land", required: true);
        var federfuehrung = f.Text("federfuehrung");
        var betreiber = f.Text("betreiber");
        var status = ParseStatus(f.Map("status", required: true));
        var fokus = f.Bool("fokusleistung");
        var fachverfahren = f.MapList("fachverfahren").Select(ParseFachverfahren).OfType<FachverfahrenEntry>().ToList();
        var fachstandard = f.TextList("fachstandard");
        var transportwege = f.MapList("transportweg").Select(ParseTransportweg).OfType<TransportwegEntry>().ToList();
        var nachnutzung = ParseNachnutzung(f.Map("nachnutzung"));
        var zahlung = f.Text("zahlung");
        var nutzerkonto = f.Text("nutzerkonto");
        var anbindung = f.TextList("anbindung");
        var kontakte = f.MapList("kontakte").Select(ParseKontakt).ToList();
        var links = f.MapList("links").Select(ParseLink).OfType<LinkEntry>().ToList();
        var stand = f.Date("stand", required: true);
        var quellen = SourceParser.ParseList(f, "quellen", required: true);
        var beispiel = f.Bool("beispiel") ?? false;
        f.RejectUnknown();
        SourceParser.CheckQuelleReferences(f, quellen, fachverfahren.Select(x => x.Quelle), "fachverfahren");
        SourceParser.CheckQuelleReferences(f, quellen, transportwege.Select(x => x.Quelle), "transportweg");
        SourceParser.CheckQuelleReferences(f, quellen, leika.Select(x => x.Quelle), "leika");
        SourceParser.CheckQuelleReferences(f, quellen, status?.Laender.Select(x => x.Quelle) ?? [], "status");
        SourceParser.CheckQuelleReferences(f, quellen, [nachnutzung?.Quelle], "nachnutzung");
        SourceParser.CheckQuelleReferences(f, quellen, kontakte.Select(x => x.Quelle), "kontakte");
        SourceParser.CheckQuelleReferences(f, quellen, links.Select(x => x.Quelle), "links");

        if (id is null || name is null || beschreibung is null || land is null || status is null)
        {
            return null;
        }

        return new KnowledgeDocument
        {
            Id = id,
            Type = DocumentType.Steckbrief,
            Title = name,
            Synonyms = synonyms,
            Summary = beschreibung,
            Topics = ozg is null ? [] : ozg.Lebenslage is null ? [ozg.Themenfeld] : [ozg.Themenfeld, ozg.Lebenslage],
            Land = land,
            Status = status.Zusammenfassung,
            Date = stand,
            Sources = quellen,
            Sample = beispiel,
            SourcePath = path,
            Steckbrief = new Steckbrief
            {
                Ozg = ozg,
                Leika = leika,
                UmsetzendesLand = land,
                Federfuehrung = federfuehrung,
                Betreiber = betreiber,
                Status = status,
                Fokusleistung = fokus,
                Fachverfahren = fachverfahren,
                Fachstandard = fachstandard,
                Transportwege = transportwege,
                Nachnutzung = nachnutzung,
                Zahlung = zahlung,
                Nutzerkonto = nutzerkonto,
                Anbindung = anbindung,
                Kontakte = kontakte,
                Links = links,
            },
        };
    }

    private static OzgReference? ParseOzg(YamlFields? f)
    {
        if (f is null)
        {
            return null;
        }

        var id = f.Text("id", required: true);
        var leistung = f.Text("leistung", required: true);
        var themenfeld = f.Text("themenfeld", required: true);
        var lebenslage = f.Text("lebenslage");
        f.RejectUnknown();
        return id is null || leistung is null || themenfeld is null ? null : new OzgReference(id, leistung, themenfeld, lebenslage);
    }

    private static LeikaReference? ParseLeika(YamlFields f)
    {
        var key = f.Text("schluessel", required: true);
        var name = f.Text("name");
        var quelle = f.Text("quelle");
        f.RejectUnknown();
        return key is null ? null : new LeikaReference(key, name) { Quelle = quelle };
    }

    private static ServiceStatus? ParseStatus(YamlFields? f)
    {
        if (f is null)
        {
            return null;
        }

        var summary = f.Text("zusammenfassung", required: true);
        var laender = new List<LandStatus>();
        foreach (var item in f.MapList("laender"))
        {
            var land = item.Text("land", required: true);
            var status = item.Text("status", required: true);
            var stand = item.Text("stand");
            if (stand is not null && !YamlFields.TryParseDate(stand, out _))
            {
                item.Error("stand", $"ungültiges Datum '{stand}', erwartet YYYY-MM-DD oder YYYY-MM (bad date)");
            }

            var quelle = item.Text("quelle");
            item.RejectUnknown();
            if (land is not null && status is not null)
            {
                laender.Add(new LandStatus(land, status, stand) { Quelle = quelle });
            }
        }

        f.RejectUnknown();
        return summary is null ? null : new ServiceStatus(summary, laender);
    }

    private static FachverfahrenEntry? ParseFachverfahren(YamlFields f)
    {
        var produkt = f.Text("produkt", required: true);
        var entry = new FachverfahrenEntry(produkt ?? "", f.Text("hersteller"), f.Text("schnittstelle"), f.Text("hinweis"), f.Text("quelle"));
        f.RejectUnknown();
        return produkt is null ? null : entry;
    }

    private static TransportwegEntry? ParseTransportweg(YamlFields f)
    {
        var weg = f.Text("weg", required: true);
        var entry = new TransportwegEntry(weg ?? "", f.Text("details"), f.Text("quelle"));
        f.RejectUnknown();
        return weg is null ? null : entry;
    }

    private static Nachnutzung? ParseNachnutzung(YamlFields? f)
    {
        if (f is null)
        {
            return null;
        }

        var result = new Nachnutzung(f.TextList("modelle"), f.Text("kosten"), f.Text("details")) { Quelle = f.Text("quelle") };
        f.RejectUnknown();
        return result;
    }

    private static Kontakt ParseKontakt(YamlFields f)
    {
        var result = new Kontakt(f.Text("rolle"), f.Text("name"), f.Text("email"), f.Text("url"), f.Text("telefon")) { Quelle = f.Text("quelle") };
        f.RejectUnknown();
        return result;
    }

    private static LinkEntry? ParseLink(YamlFields f)
    {
        var titel = f.Text("titel", required: true);
        var url = f.Text("url", required: true);
        var quelle = f.Text("quelle");
        f.RejectUnknown();
        return titel is null || url is null ? null : new LinkEntry(titel, url) { Quelle = quelle };
    }
}
