using KommunalBot.Knowledge.Content;

namespace KommunalBot.Knowledge.Answers;

/// <summary>Copies the facts for a facet out of a document's fields. Nothing is generated or inferred.</summary>
internal static class FactExtractor
{
    public static List<Fact> Extract(KnowledgeDocument document, Facet facet)
    {
        var facts = new List<Fact>();
        if (document.Steckbrief is { } s)
        {
            FromSteckbrief(document, s, facet, facts);
        }
        else if (document.Catalog is { } c)
        {
            FromCatalog(c, facts);
        }

        return facts;
    }

    private static void FromSteckbrief(KnowledgeDocument d, Steckbrief s, Facet facet, List<Fact> facts)
    {
        switch (facet)
        {
            case Facet.Fachverfahren:
                foreach (var f in s.Fachverfahren)
                {
                    facts.Add(new Fact(f.Produkt, Join(Labelled("Hersteller", f.Hersteller), Labelled("Schnittstelle", f.Schnittstelle), f.Hinweis), f.Quelle));
                }

                if (s.Fachstandard.Count > 0)
                {
                    facts.Add(new Fact("Fachstandard", string.Join(", ", s.Fachstandard), null));
                }

                break;
            case Facet.Transportweg:
                foreach (var t in s.Transportwege)
                {
                    facts.Add(new Fact(t.Weg, t.Details ?? "", t.Quelle));
                }

                break;
            case Facet.Kosten:
                if (s.Nachnutzung is { } n)
                {
                    Add(facts, "Kosten", n.Kosten);
                    Add(facts, "Nachnutzungsmodelle", n.Modelle.Count == 0 ? null : string.Join(", ", n.Modelle));
                    Add(facts, "Details", n.Details);
                }

                break;
            case Facet.Ansprechpartner:
                foreach (var k in s.Kontakte)
                {
                    facts.Add(new Fact(k.Rolle ?? "Kontakt", Join(k.Name, k.Email, k.Telefon, k.Url), null));
                }

                break;
            case Facet.Status:
                facts.Add(new Fact("Status", s.Status.Zusammenfassung, null));
                foreach (var l in s.Status.Laender)
                {
                    facts.Add(new Fact(l.Land, l.Stand is null ? l.Status : $"{l.Status} (Stand {l.Stand})", null));
                }

                if (s.Fokusleistung is true)
                {
                    facts.Add(new Fact("Fokusleistung", "ja", null));
                }

                break;
            case Facet.Anbindung:
                for (var i = 0; i < s.Anbindung.Count; i++)
                {
                    facts.Add(new Fact($"Schritt {i + 1}", s.Anbindung[i], null));
                }

                break;
            case Facet.Zahlung:
                Add(facts, "Zahlung", s.Zahlung);
                break;
            case Facet.Nutzerkonto:
                Add(facts, "Nutzerkonto", s.Nutzerkonto);
                break;
            default:
                facts.Add(new Fact("Beschreibung", d.Summary, null));
                if (s.Ozg is { } ozg)
                {
                    facts.Add(new Fact("OZG-Leistung", $"{ozg.Leistung} (OZG-ID {ozg.Id})", null));
                    facts.Add(new Fact("Themenfeld", ozg.Themenfeld, null));
                }

                facts.Add(new Fact("Umsetzendes Land", s.UmsetzendesLand, null));
                Add(facts, "Betreiber", s.Betreiber);
                if (s.Leika.Count > 0)
                {
                    facts.Add(new Fact("LeiKa-Schlüssel", string.Join(", ", s.Leika.Select(l => l.Name is null ? l.Schluessel : $"{l.Schluessel} ({l.Name})")), null));
                }

                break;
        }
    }

    private static void FromCatalog(CatalogEntry c, List<Fact> facts)
    {
        facts.Add(new Fact("OZG-Leistung", $"{c.OzgLeistung} (OZG-ID {c.OzgId})", null));
        Add(facts, "Themenfeld", c.Themenfeld);
        Add(facts, "Lebenslage", c.Lebenslage);
        if (c.LeikaKey is not null)
        {
            facts.Add(new Fact("LeiKa-Schlüssel", c.LeikaKey, null));
            Add(facts, "Typisierung", c.Typisierung);
            Add(facts, "Rechtsgrundlage", c.Rechtsgrundlage);
        }

        if (c.LeikaLeistungen.Count > 0)
        {
            facts.Add(new Fact("LeiKa-Leistungen", string.Join("; ", c.LeikaLeistungen.Select(l => $"{l.Schluessel} {l.Name}")), null));
        }
    }

    private static void Add(List<Fact> facts, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            facts.Add(new Fact(label, value, null));
        }
    }

    private static string? Labelled(string label, string? value) => value is null ? null : $"{label}: {value}";

    private static string Join(params string?[] parts) => string.Join("; ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
