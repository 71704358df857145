using KommunalBot.Knowledge.Text;

namespace KommunalBot.Knowledge.Answers;

/// <summary>
/// Recognises the facet of a question from trigger words. A trigger counts fully when it is the word or its
/// last part (German compounds take their meaning from the head: "Anbindungskosten" asks for costs) and
/// partly when it is the first part ("Zahlungsanbieter").
/// </summary>
internal static class FacetDetector
{
    private static readonly (Facet Facet, float Weight, string[] Words)[] Triggers =
    [
        (Facet.Fachverfahren, 1.0f, ["fachverfahren", "fachanwendung", "fachsoftware", "software", "kompatibel", "kompatibilität", "fachverfahrenshersteller", "backend", "verfahren", "hersteller", "fachverfahrensanbieter", "produkt", "produkte", "softwareanbieter", "anwendung"]),
        (Facet.Transportweg, 1.0f, ["transportweg", "transportwege", "übertragungsweg", "übertragungswege", "übermittlung", "übermittelt", "übermitteln", "osci", "xta", "fitconnect", "dvdv", "zustellung", "zugestellt", "intermediär", "routing", "übertragen", "übertragung", "postfach", "empfangen", "ankommen", "weitergeleitet"]),
        (Facet.Kosten, 1.2f, ["kosten", "kostet", "kostenlos", "kostenfrei", "preis", "preise", "teuer", "finanzierung", "finanziert", "nachnutzung", "nachnutzen", "nachnutzbar", "lizenz", "lizenzkosten", "euro", "entgelt", "bezahlt", "marktplatz", "fitstore", "umlage", "budget"]),
        (Facet.Ansprechpartner, 1.0f, ["ansprechpartner", "ansprechpartnerin", "ansprechperson", "kontakt", "kontaktdaten", "kontaktieren", "support", "hotline", "telefon", "telefonnummer", "email", "mail", "servicedesk", "helpdesk", "ansprechstelle", "wenden", "erreiche", "erreichen", "hilft"]),
        (Facet.Status, 1.0f, ["status", "verfügbar", "verfügbarkeit", "live", "produktiv", "betrieb", "ausgerollt", "rollout", "flächendeckend", "pilot", "pilotiert", "pilotierung", "nutzbar", "umsetzungsstand", "stand", "gestartet", "freigeschaltet", "länder", "bundesländern", "bundesland", "vertrag"]),
        (Facet.Anbindung, 1.0f, ["anbindung", "anbinden", "anschließen", "anschluss", "einrichten", "einrichtung", "integration", "integrieren", "onboarding", "schritte", "schritt", "voraussetzung", "voraussetzungen", "registrieren", "registrierung", "aktivieren", "angebunden", "binde", "binden", "vorgehen", "einführen", "einführung", "umsetzen"]),
        (Facet.Zahlung, 1.1f, ["zahlung", "zahlungen", "zahlungsverkehr", "bezahlung", "bezahlen", "epaybl", "epayment", "payment", "paypal", "giropay", "kreditkarte", "zahlungsdienst", "zahlungsanbieter", "zahlungsabwicklung", "bezahlfunktion", "zahlungsverfahren"]),
        (Facet.Nutzerkonto, 1.1f, ["nutzerkonto", "nutzerkonten", "bundid", "servicekonto", "login", "einloggen", "authentifizierung", "authentisierung", "identifizierung", "eid", "unternehmenskonto", "elster", "konto", "postfachnachricht", "identität"]),
    ];

    private static readonly Dictionary<string, (Facet Facet, float Weight)> ByStem = BuildStems();

    private static readonly (string Word, Facet Facet, float Weight)[] ByWord =
        [.. Triggers.SelectMany(t => t.Words.Select(w => (TextNormalizer.FoldUmlauts(w), t.Facet, t.Weight))).Where(x => x.Item1.Length >= 5)];

    private static readonly string[] CatalogWords = ["ozg", "leika", "ozgleistung", "ozgid", "leikaschlüssel", "schlüssel", "leistungsschlüssel", "leikaleistung", "themenfeld", "lebenslage", "leistung", "leistungen", "gehört", "katalog"];

    private static readonly HashSet<string> CatalogStems = [.. CatalogWords.Select(GermanAnalyzer.Term)];

    private static Dictionary<string, (Facet, float)> BuildStems()
    {
        var map = new Dictionary<string, (Facet, float)>(StringComparer.Ordinal);
        foreach (var (facet, weight, words) in Triggers)
        {
            foreach (var word in words)
            {
                map.TryAdd(GermanAnalyzer.Term(TextNormalizer.Normalize(word)), (facet, weight));
            }
        }

        return map;
    }

    /// <summary>Detects the facet; returns the stems that only serve to ask for it (down-weighted in search).</summary>
    public static FacetDetection Detect(string question)
    {
        var scores = new float[Enum.GetValues<Facet>().Length];
        var facetStems = new HashSet<string>(StringComparer.Ordinal);
        var catalogIntent = false;
        var tokens = TextNormalizer.Tokenize(question);
        foreach (var token in tokens)
        {
            var stem = GermanAnalyzer.Term(token.Text);
            if (CatalogStems.Contains(stem) || token.Text.StartsWith("leika", StringComparison.Ordinal) || token.Text.StartsWith("ozg", StringComparison.Ordinal))
            {
                catalogIntent |= token.Text is not ("leistung" or "leistungen" or "gehört");
                facetStems.Add(stem);
            }

            if (ByStem.TryGetValue(stem, out var hit))
            {
                scores[(int)hit.Facet] += hit.Weight;
                facetStems.Add(stem);
                continue;
            }

            var folded = TextNormalizer.FoldUmlauts(token.Text);
            if (folded.Length < 8)
            {
                continue;
            }

            foreach (var (word, facet, weight) in ByWord)
            {
                if (folded.EndsWith(word, StringComparison.Ordinal))
                {
                    scores[(int)facet] += weight * 0.9f;
                }
                else if (folded.StartsWith(word, StringComparison.Ordinal))
                {
                    scores[(int)facet] += weight * 0.5f;
                }
            }
        }

        var best = Facet.Allgemein;
        var bestScore = 0f;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > bestScore)
            {
                best = (Facet)i;
                bestScore = scores[i];
            }
        }

        return new FacetDetection(best, facetStems, catalogIntent);
    }
}

/// <summary>Facet of a question, the stems that asked for it, and whether it asks for catalogue data.</summary>
internal sealed record FacetDetection(Facet Facet, HashSet<string> FacetStems, bool CatalogIntent);
