using System.Text.RegularExpressions;
using KommunalBot.Knowledge.Text;

namespace KommunalBot.Knowledge.Answers;

/// <summary>
/// Recognises the facet of a question with weighted patterns over the lower-cased, umlaut-folded text.
/// Patterns match word beginnings, so compounds count ("Bezahlkomponente", "Anbindungsfragebogen"); the
/// strongest facet wins. Words matched by a pattern only ask for the facet and are down-weighted in search.
/// </summary>
internal static partial class FacetDetector
{
    // Word patterns count once per occurrence; phrase patterns (strong) decide between competing words.
    private static readonly (Facet Facet, float Weight, Regex Pattern)[] Rules =
    [
        // Aspects of a service's overview: they ask about the subject and name none (weight 0: they never decide the facet).
        (Facet.Allgemein, 0f, R(@"\bbetreib|\bentwickel|\bentwickl|\bumgesetzt|\bumsetz|\bverantwortlich|\bzustandig|\bfederfuhr|\bwelche[sn]? land\b|\bwelche[sn]? bundesland|\bher\b")),
        (Facet.Fachverfahren, 1.5f, R(@"\bfachverfahren|\w+verfahren\b|\bwelche[sn]? verfahren\b|\bfachanwendung|\bfachsoftware|\bsoftware|\bkompatib|\bhersteller|\bfachstandard|\bxov|\bstandard\b|\bschnittstelle|\be-?akte|\bbackend")),
        (Facet.Transportweg, 1.5f, R(@"\btransportweg|\bubertragungsweg|\bubermittl|\bubertrag|\bosci\b|\bxta\b|\bfit.?connect|\bdvdv\b|\bzustell|\bdataclearing|\bclearingstelle|\bruckkanal|\bintermediar|\bpostfach|\bweitergeleitet|\bempfang")),
        (Facet.Transportweg, 3.2f, R(@"\bwie (empfangen|erhalten|bekommen)\b|\b(kommt|kommen|gelangt|gelangen|landet|landen)\b.*\b(an|ins|bei|zu)\b")),
        (Facet.Kosten, 1.6f, R(@"\bkost|\bpreis|\bteuer\b|\bfinanzier|\blizenz|\beuro\b|€|\bentgelt|\bumsatzsteuer|\bust\b|\bumlage|\bdigitalumlage|\bbudget")),
        (Facet.Kosten, 1.0f, R(@"\bgebuhr")),
        (Facet.Kosten, 3.2f, R(@"\w+kosten\b|\bwas kostet|\bwie (hoch|teuer)\b|\bwer (zahlt|bezahlt|tragt)\b|\bzahlen wir\b")),
        (Facet.Ansprechpartner, 1.5f, R(@"\bansprech|\bkontakt|\bsupport|\bhotline|\btelefon|\be-?mail\b|\bmail\b|\bservicedesk|\bhelpdesk|\bgremium")),
        (Facet.Ansprechpartner, 3.2f, R(@"\bwen (frage|fragen|kann|konnen|wende|wenden|rufe)\b|\ban wen\b|\bwer hilft|\bwo\b[^.?!]*\b(fragen|nachfragen|melden|wenden)\b|\bfragen\b[^.?!]*\bstellen\b|\bhilfe\b[^.?!]*\b(mail|e-mail|kontakt|telefon|hotline)\b|\bsteuerungskreis|\btagt\b")),
        (Facet.Status, 1.4f, R(@"\bstatus\b|\bverfugbar|\blive\b|\bproduktiv|\bin betrieb\b|\bausgerollt|\brollout|\bflachendeckend|\bpilot|\bfokusleistung|\bgezeichnet|\bunterzeichnet|\bstand der\b|\bschon\b|\bbereits\b|\bnutzt (bayern|nrw|hessen|sachsen|berlin|hamburg|bremen|niedersachsen|thuringen|brandenburg)\b")),
        (Facet.Status, 3.2f, R(@"\b(seit|ab|bis) wann\b|\bwann (kommt|gibt|startet|geht|ist|wird|kann)\b|\bwann (wurde|wurden|war|waren)\b(?:[^.?!]|(?<=\d)\.)*\b(angebunden|gestartet|eingefuhrt|live|freigeschaltet|ausgerollt|verfugbar|produktiv)\b|\bwie viele\b|\breifegrad|\bruht\b|\bruhen|\bin welchen (landern|bundeslandern|kommunen)\b|\bstartet|\beigene[sn]?\b[^.?!]*\boder\b")),
        (Facet.Anbindung, 1.3f, R(@"\banbind|\bangebunden|\banschlie|\banschluss|\beinricht|\bintegr|\bonboarding|\bschritt|\bvoraussetzung|\bregistrier|\bbestell|\babschlie|\bmitnutz|\bpflegen\b|\beintrag\b|\beinbind|\bbinden\b|\bbinde\b|\banbieten\b|\bfreischalt|\baktivier|\bwas mussen wir\b|\banleg|\bvorbereit")),
        (Facet.Anbindung, 3.2f, R(@"\blege\b.*\bstill\b|\blegt\b.*\ban\b|\bwie (geht|lauft|funktioniert|klappt)\b|\bnutz\w*\b[^.?!]*\bnach\b|\bteststellung|\bgo-?live|\bmindestanforderung|\bvertragsweg|\bschlie\w*\b.*\bab\b|\bwas (mussen|sollten|brauchen|brauche) (wir|ich)\b[^.?!]*\b(vorbereiten|tun|klaren|beachten|alles)\b|\bwas brauch\w* (ich|wir) alles\b|\bwie (ubernehmen|starten|beginnen) (wir|ich)\b|\b(machen|mache|erledigen|pflegen) (wir|ich)\b[^.?!]*\bselbst\b")),
        (Facet.Zahlung, 1.6f, R(@"\bbezahl|\bzahlung|\bepaybl|\be-?payment|\bpaypal|\bgiropay|\bkreditkarte|\bzahlungsverkehr|\bzahlverfahren")),
        (Facet.Nutzerkonto, 1.6f, R(@"\bnutzerkont|\bbundid|\bbund-id|\bservicekonto|\blogin|\beinlogg|\bauthentifi|\bauthentisier|\bidentifizier|\bausweisen\b|\bonline-?ausweis|\beid\b|\bunternehmenskonto|\bvertrauensniveau|\bkonto\b|\bkonten\b|\belektronischen aufenthaltstitel")),
        (Facet.Nutzerkonto, 3.2f, R(@"\bsich\b.*\b(ausweisen|anmelden|ummelden|einloggen)\b")),
    ];

    private static readonly Regex CatalogPattern = R(@"\bozg-?(id|leistung|nummer)|\bleika|\btypisierung|\brechtsgrundlage|\bleistungsschlussel|\bthemenfeld|\blebenslage");

    private static readonly Regex LeikaPattern = R(@"\bleika");

    private static readonly Dictionary<string, Facet> ThemeFacets = Enum.GetValues<Facet>()
        .Where(f => f != Facet.Allgemein)
        .ToDictionary(f => f.ToString(), f => f, StringComparer.OrdinalIgnoreCase);

    private static Regex R(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private const float LexiconWeight = 2f;
    private const float SecondFacetScore = 1.3f;

    /// <summary>Detects the facet; returns the stems that only serve to ask for it (down-weighted in search).</summary>
    /// <param name="question">The question.</param>
    /// <param name="lexicon">Facet of a term taken from the content, e.g. a Fachverfahren product name ("AutiSta").</param>
    public static FacetDetection Detect(string question, IReadOnlyDictionary<string, Facet>? lexicon = null)
    {
        var text = Fold(question);
        var scores = new float[Enum.GetValues<Facet>().Length];
        var starts = new HashSet<int>(); // where a pattern match begins
        if (lexicon is not null)
        {
            foreach (var token in GermanAnalyzer.Analyze(question))
            {
                if (lexicon.TryGetValue(token.Term, out var named))
                {
                    scores[(int)named] += LexiconWeight;
                }
            }
        }

        foreach (var (facet, weight, pattern) in Rules)
        {
            foreach (Match match in pattern.Matches(text))
            {
                scores[(int)facet] += weight;
                starts.Add(match.Index);
            }
        }

        var catalog = CatalogPattern.Matches(text);
        foreach (Match match in catalog)
        {
            starts.Add(match.Index);
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

        if (catalog.Count > 0)
        {
            best = Facet.Allgemein; // catalogue questions are answered from the catalogue entry
        }

        var leika = catalog.Count > 0 && LeikaPattern.IsMatch(text);
        // A second facet asked for as clearly as a facet word does ("… und was kostet das?").
        var second = Facet.Allgemein;
        for (var i = 1; i < scores.Length; i++)
        {
            if ((Facet)i != best && scores[i] >= SecondFacetScore && (second == Facet.Allgemein || scores[i] > scores[(int)second]))
            {
                second = (Facet)i;
            }
        }

        IReadOnlyList<Facet> facets = best != Facet.Allgemein && second != Facet.Allgemein ? [best, second] : [best];
        return new FacetDetection(best, FacetStems(text, starts), catalog.Count > 0, bestScore > 0, leika) { Facets = facets };
    }

    /// <summary>Whether one word asks for a facet ("fachverfahren", "kosten"); for compound parts of facet words.</summary>
    public static bool IsFacetWord(string word)
    {
        var text = Fold(word);
        foreach (var (_, _, pattern) in Rules)
        {
            if (pattern.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The facet named first in an article's themes, if any (used when the question has no facet words).</summary>
    public static Facet? FromThemes(IReadOnlyList<string> themes)
    {
        foreach (var theme in themes)
        {
            if (ThemeFacets.TryGetValue(theme, out var facet))
            {
                return facet;
            }
        }

        return null;
    }

    // Folding keeps the string length, so match positions map back to tokens of the same text.
    private static string Fold(string question)
    {
        var lower = TextNormalizer.Normalize(question);
        var chars = lower.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                'ä' => 'a',
                'ö' => 'o',
                'ü' => 'u',
                'ß' => 's',
                _ => chars[i],
            };
        }

        return new string(chars);
    }

    private static HashSet<string> FacetStems(string text, HashSet<int> starts)
    {
        // Only the word a pattern starts in: phrase patterns ("kommt ... an") must not swallow the service name in between.
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in TextNormalizer.Tokenize(text))
        {
            if (starts.Contains(token.Start))
            {
                stems.Add(GermanAnalyzer.Term(token.Text));
            }
        }

        return stems;
    }
}
