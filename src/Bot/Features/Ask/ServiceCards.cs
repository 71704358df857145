using System.Globalization;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Resources;
using KommunalBot.Knowledge;
using KommunalBot.Knowledge.Content;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Ask;

/// Data of the steckbrief, services (`dienste`) and news (`neu`) cards.
internal sealed class ServiceCards(Texts texts, IOptions<AskOptions> options)
{
    public JsonObject Steckbrief(KnowledgeDocument document, CultureInfo culture)
    {
        var s = document.Steckbrief!;
        var facts = new JsonArray();
        void Fact(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                facts.Add(new JsonObject { ["title"] = texts.Get(key, culture), ["value"] = value });
            }
        }

        Fact("fieldOzg", s.Ozg is null ? null : $"{s.Ozg.Id} {s.Ozg.Leistung} ({s.Ozg.Themenfeld})");
        Fact("fieldLeika", string.Join(", ", s.Leika.Select(l => l.Name is null ? l.Schluessel : $"{l.Schluessel} {l.Name}")));
        Fact("fieldLand", s.UmsetzendesLand);
        Fact("fieldFederfuehrung", s.Federfuehrung);
        Fact("fieldBetreiber", s.Betreiber);
        Fact("fieldStatus", s.Status.Zusammenfassung);
        Fact("fieldFokus", s.Fokusleistung is { } fokus ? texts.Get(fokus ? "yes" : "no", culture) : null);
        Fact("fieldFachstandard", string.Join(", ", s.Fachstandard));
        Fact("fieldZahlung", s.Zahlung);
        Fact("fieldNutzerkonto", s.Nutzerkonto);
        Fact("fieldKosten", s.Nachnutzung?.Kosten);

        var sections = new JsonArray();
        void Section(string key, IEnumerable<string> items)
        {
            var list = items.Where(i => !string.IsNullOrWhiteSpace(i)).ToList();
            if (list.Count > 0)
            {
                sections.Add(new JsonObject { ["title"] = texts.Get(key, culture), ["items"] = new JsonArray([.. list.Select(i => (JsonNode)i)]) });
            }
        }

        Section("fieldFachverfahren", s.Fachverfahren.Select(f => Join(f.Produkt + (f.Hersteller is null ? "" : $" ({f.Hersteller})"), f.Schnittstelle, f.Hinweis)));
        Section("fieldTransportweg", s.Transportwege.Select(t => Join(t.Weg, t.Details)));
        Section("fieldNachnutzung", s.Nachnutzung is null ? [] : [Join(string.Join(", ", s.Nachnutzung.Modelle), s.Nachnutzung.Details)]);
        Section("fieldAnbindung", s.Anbindung.Select((step, i) => $"{i + 1}. {step}"));
        Section("fieldStatus", s.Status.Laender.Select(l => Join($"{l.Land}: {l.Status}", AnswerCards.GermanDate(l.Stand))));

        return new JsonObject
        {
            ["serviceId"] = document.Id,
            ["name"] = document.Title,
            ["description"] = document.Summary,
            ["facts"] = facts,
            ["sections"] = sections,
            ["contacts"] = new JsonArray([.. s.Kontakte.Select(k => new JsonObject
            {
                ["role"] = k.Rolle ?? "",
                ["name"] = k.Name ?? "",
                ["detail"] = string.Join(" · ", new[] { k.Email, k.Telefon, k.Url }.Where(x => !string.IsNullOrWhiteSpace(x))),
            })]),
            ["links"] = new JsonArray([.. s.Links.Select(l => new JsonObject { ["title"] = l.Titel, ["url"] = l.Url })]),
            ["sources"] = AnswerCards.Sources(document.Sources),
            ["stand"] = AnswerCards.GermanDate(document.Date) ?? "",
            ["sample"] = document.Sample,
        };
    }

    public JsonObject Services(KnowledgeBase knowledge, string? themenfeld, int page, CultureInfo culture)
    {
        var byTopic = knowledge.Services;
        // Services without an OZG reference are grouped under a name the knowledge base does not localise.
        string Label(string topic) => topic == KnowledgeBase.NoThemenfeld ? texts.Get("servicesNoThemenfeld", culture) : topic;
        if (themenfeld is not null && (themenfeld == texts.Get("servicesNoThemenfeld", Texts.German) || themenfeld == texts.Get("servicesNoThemenfeld", Texts.English)))
        {
            themenfeld = KnowledgeBase.NoThemenfeld;
        }

        var data = new JsonObject
        {
            ["themenfeld"] = null,
            ["themenfelder"] = new JsonArray([.. byTopic.Select(g => new JsonObject { ["name"] = Label(g.Key), ["count"] = g.Value.Count })]),
            ["services"] = new JsonArray(),
            ["page"] = 1, ["pageCount"] = 1, ["hasPrevious"] = false, ["hasNext"] = false, ["previousPage"] = 0, ["nextPage"] = 2,
        };
        if (themenfeld is null || !byTopic.TryGetValue(themenfeld, out var services))
        {
            return data;
        }

        var size = options.Value.ServicesPageSize;
        var pageCount = Math.Max(1, (services.Count + size - 1) / size);
        page = Math.Clamp(page, 1, pageCount);
        data["themenfeld"] = Label(themenfeld);
        data["services"] = new JsonArray([.. services.Skip((page - 1) * size).Take(size)
            .Select(d => new JsonObject { ["serviceId"] = d.Id, ["name"] = d.Title, ["land"] = d.Land ?? "" })]);
        data["page"] = page;
        data["pageCount"] = pageCount;
        data["hasPrevious"] = page > 1;
        data["hasNext"] = page < pageCount;
        data["previousPage"] = page - 1;
        data["nextPage"] = page + 1;
        return data;
    }

    public JsonObject News(KnowledgeBase knowledge, AnswerCards answers, CultureInfo culture) => new()
    {
        ["items"] = new JsonArray([.. knowledge.RecentlyChanged(8).Select(d => new JsonObject
        {
            ["id"] = d.Id,
            ["title"] = d.Title,
            ["kind"] = answers.Kind(d.Type, culture),
            ["date"] = AnswerCards.GermanDate(d.Date) ?? "",
            ["isService"] = d.Type == DocumentType.Steckbrief,
        })]),
    };

    private static string Join(string first, params string?[] rest) =>
        string.Join(" – ", new[] { first }.Concat(rest.Where(r => !string.IsNullOrWhiteSpace(r)))!);
}
