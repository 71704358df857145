using System.Globalization;
using System.Text.Json.Nodes;
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

    public JsonObject Answer(string questionId, Answer answer, KnowledgeBase knowledge, CultureInfo culture)
    {
        var top = answer.Hits.Count > 0 ? answer.Hits[0].Document : null;

        // Direct facts come from the service the question is about; without them the best document
        // (an FAQ, a best practice, a Steckbrief or a catalogue entry) is the answer.
        var service = answer.DirectFacts.Count > 0
            ? answer.Services.FirstOrDefault(s => s.Type == DocumentType.Steckbrief) is { } match ? knowledge.Get(match.Id) : null
            : top?.Type == DocumentType.Steckbrief ? top : null;
        var subject = service ?? top;
        var facetTitle = texts.Get("facet" + answer.Facet, culture);
        var directText = answer.DirectFacts.Count == 0 && top is not null && top.Type is not DocumentType.Steckbrief
            ? (string.IsNullOrWhiteSpace(top.Summary) ? answer.Hits[0].Snippet : top.Summary)
            : null;
        if (directText is null && answer.DirectFacts.Count == 0 && answer.Facet != Facet.Allgemein && service is not null)
        {
            // Honest: the question asked for something this Steckbrief does not say.
            directText = string.Format(culture, texts.Get("answerNoFacetData", culture), facetTitle);
        }

        var sources = service is null && subject is not null
            ? subject.Sources.Concat(answer.Sources).DistinctBy(x => x.Url)
            : answer.Sources;
        return new JsonObject
        {
            ["questionId"] = questionId,
            ["title"] = subject is null ? facetTitle
                : service is null ? subject.Title
                : $"{facetTitle} – {subject.Title}",
            ["serviceId"] = service?.Id,
            ["directFacts"] = new JsonArray([.. answer.DirectFacts.Select(f => new JsonObject { ["label"] = f.Label, ["value"] = f.Value })]),
            ["directText"] = directText,
            ["aiGenerated"] = false,
            ["summary"] = Summary(service, culture),
            ["passages"] = new JsonArray([.. answer.Hits
                .Where(h => h.Document != subject && h.Document.Type is not DocumentType.LeikaLeistung)
                .Take(MaxPassages)
                .Select(h => new JsonObject { ["title"] = $"{Kind(h.Document.Type, culture)}: {h.Document.Title}", ["snippet"] = h.Snippet })]),
            ["sources"] = Sources(sources),
            ["didYouMean"] = ServiceButtons(answer.DidYouMean),
            ["feedback"] = null,
            ["canConsult"] = true,
        };
    }

    public JsonObject NoAnswer(string questionId, Answer answer)
    {
        var closest = answer.DidYouMean.Count > 0
            ? answer.DidYouMean
            : answer.Services.Where(s => s.Type == DocumentType.Steckbrief).Take(3).ToList();
        return new JsonObject
        {
            ["questionId"] = questionId,
            ["closest"] = ServiceButtons(closest),
            ["canConsult"] = true,
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

    public static JsonArray Sources(IEnumerable<Source> sources) =>
        new([.. sources.Take(MaxSources).Select((s, i) => new JsonObject
        {
            ["number"] = (i + 1).ToString(CultureInfo.InvariantCulture),
            ["title"] = s.Title,
            ["url"] = s.Url,
            ["date"] = s.Date,
        })]);

    private JsonArray Summary(KnowledgeDocument? service, CultureInfo culture)
    {
        var summary = new JsonArray();
        if (service?.Steckbrief is not { } s)
        {
            return summary;
        }

        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                summary.Add(new JsonObject { ["title"] = texts.Get(key, culture), ["value"] = value });
            }
        }

        Add("fieldLand", s.UmsetzendesLand);
        Add("fieldBetreiber", s.Betreiber);
        Add("fieldStatus", s.Status.Zusammenfassung);
        Add("fieldNachnutzung", s.Nachnutzung is null ? null : string.Join(", ", s.Nachnutzung.Modelle));
        Add("fieldStand", service.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return summary;
    }

    private static JsonArray ServiceButtons(IEnumerable<ServiceMatch> matches) =>
        new([.. matches.Where(m => m.Type == DocumentType.Steckbrief).Take(4)
            .Select(m => new JsonObject { ["serviceId"] = m.Id, ["name"] = m.Name })]);
}
