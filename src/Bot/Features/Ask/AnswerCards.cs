using System.Globalization;
using KommunalBot.Bot.Features.Consult;
using KommunalBot.Bot.Resources;
using KommunalBot.Knowledge;
using KommunalBot.Knowledge.Answers;
using KommunalBot.Knowledge.Content;

namespace KommunalBot.Bot.Features.Ask;

/// Turns a knowledge-base <see cref="Answer"/> into the data of cards/answer.json or cards/no-answer.json.
/// Everything shown comes from the knowledge base; the bot adds only labels from the texts.
internal sealed class AnswerCards(Texts texts)
{
    private const int MaxPassages = 2;
    private const int MaxSources = 5;

    public AnswerCardData Answer(string questionId, string question, Answer answer, KnowledgeBase knowledge, CultureInfo culture)
    {
        // The first hit is the document that answers: a Steckbrief gives its facts for the facet(s) asked for, an
        // article (FAQ, best practice) the passage that answers, a catalogue entry its facts.
        var top = answer.Hits.Count > 0 ? answer.Hits[0].Document : null;
        var service = top?.Type == DocumentType.Steckbrief ? top : null;
        var facetTitle = string.Join(" & ", (answer.Facets.Count > 0 ? answer.Facets : [answer.Facet]).Select(f => texts.Get("facet" + f, culture)));
        var directText = top is not null && top.Type is DocumentType.Faq or DocumentType.BestPractice
            ? (answer.Text ?? (string.IsNullOrWhiteSpace(top.Summary) ? answer.Hits[0].Snippet : top.Summary))
            : null;
        if (directText is null && answer.DirectFacts.Count == 0 && answer.Facet != Facet.Allgemein && service is not null)
        {
            // Honest: the question asked for something this Steckbrief does not say.
            directText = string.Format(culture, texts.Get("answerNoFacetData", culture), facetTitle);
        }

        var title = top is null ? facetTitle
            : service is null ? top.Title
            : $"{facetTitle} – {top.Title}";
        var facts = answer.DirectFacts.Select(f => $"{f.Label}: {f.Value}");
        return new AnswerCardData
        {
            QuestionId = questionId,
            Title = title,
            ServiceId = service?.Id,
            DirectFacts = [.. answer.DirectFacts.Select(f => new DirectFact(f.Label, f.Value))],
            DirectText = directText,
            MoreText = directText is null ? null : answer.MoreText,
            AiGenerated = false,
            Summary = Summary(service, culture),
            // Fundstellen: only other documents that explain the question as well as the answer does.
            Passages = [.. answer.Hits
                .Skip(1)
                .Where(h => h.Document.Type is not DocumentType.LeikaLeistung)
                .Take(MaxPassages)
                .Select(h => new AnswerPassage($"{Kind(h.Document.Type, culture)}: {h.Document.Title}", h.Snippet))],
            Sources = Sources(answer.Sources),
            DidYouMean = ServiceButtons(answer.DidYouMean),
            Feedback = null,
            CanConsult = true,
            Consult = ConsultFormButton.For(question, $"{title}: {directText ?? string.Join("; ", facts)}"),
        };
    }

    public NoAnswerCardData NoAnswer(string questionId, string question, Answer answer, CultureInfo culture)
    {
        var closest = answer.DidYouMean.Count > 0
            ? answer.DidYouMean
            : answer.Services.Where(s => s.Type == DocumentType.Steckbrief).Take(3).ToList();
        return new NoAnswerCardData
        {
            QuestionId = questionId,
            // Honest about what it does not know: "Zu „Vereinsfest-Anzeige“ habe ich keinen Steckbrief …"
            UnknownText = answer.UnknownWords.Count == 0 ? null
                : string.Format(culture, texts.Get("noAnswerUnknown", culture), string.Join("“, „", answer.UnknownWords.Take(3))),
            Closest = ServiceButtons(closest),
            CanConsult = true,
            Consult = ConsultFormButton.For(question, answerSeen: null), // the clerk saw no answer
        };
    }

    public string Kind(DocumentType type, CultureInfo culture) => texts.Get(type switch
    {
        DocumentType.Steckbrief => "kindSteckbrief",
        DocumentType.Faq => "kindFaq",
        DocumentType.BestPractice => "kindBestPractice",
        DocumentType.OzgLeistung => "kindOzg",
        _ => "kindLeika",
    }, culture);

    public static IReadOnlyList<CardSource> Sources(IEnumerable<Source> sources) =>
        [.. sources.Take(MaxSources).Select((s, i) => new CardSource(Number(i + 1), s.Title, s.Url, GermanDate(s.Date)))];

    /// A source's number as the card shows it ("1", "2", ...).
    public static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);

    /// A date as German readers write it (TT.MM.JJJJ).
    public static string? GermanDate(DateOnly? date) => date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// A source date as German readers write it: 2023-01-01 → 01.01.2023, 2023-01 → 01/2023.
    public static string? GermanDate(string? date) =>
        DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? GermanDate(day)
            : DateOnly.TryParseExact(date, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
                ? month.ToString("MM/yyyy", CultureInfo.InvariantCulture)
                : date;

    private List<CardFact> Summary(KnowledgeDocument? service, CultureInfo culture)
    {
        var summary = new List<CardFact>();
        if (service?.Steckbrief is not { } s)
        {
            return summary;
        }

        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                summary.Add(new CardFact(texts.Get(key, culture), value));
            }
        }

        Add("fieldLand", s.UmsetzendesLand);
        Add("fieldBetreiber", s.Betreiber);
        Add("fieldStatus", s.Status.Zusammenfassung);
        Add("fieldNachnutzung", s.Nachnutzung is null ? null : string.Join(", ", s.Nachnutzung.Modelle));
        Add("fieldStand", GermanDate(service.Date));
        return summary;
    }

    private static IReadOnlyList<ServiceButton> ServiceButtons(IEnumerable<ServiceMatch> matches) =>
        [.. matches.Where(m => m.Type == DocumentType.Steckbrief).Take(4).Select(m => new ServiceButton(m.Id, m.Name))];
}
