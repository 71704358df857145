using System.Globalization;
using KommunalBot.Bot.Resources;
using KommunalBot.Knowledge;
using KommunalBot.Knowledge.Content;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Ask;

/// Data of the steckbrief, services (`dienste`) and news (`neu`) cards.
internal sealed class ServiceCards(Texts texts, IOptions<AskOptions> options)
{
    public SteckbriefCardData Steckbrief(KnowledgeDocument document, CultureInfo culture)
    {
        var s = document.Steckbrief!;
        var facts = new List<CardFact>();
        void Fact(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                facts.Add(new CardFact(texts.Get(key, culture), value));
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

        var sections = new List<SteckbriefSection>();
        void Section(string key, IEnumerable<string> items)
        {
            var list = items.Where(i => !string.IsNullOrWhiteSpace(i)).ToList();
            if (list.Count > 0)
            {
                sections.Add(new SteckbriefSection(texts.Get(key, culture), list));
            }
        }

        Section("fieldFachverfahren", s.Fachverfahren.Select(f => Join(f.Produkt + (f.Hersteller is null ? "" : $" ({f.Hersteller})"), f.Schnittstelle, f.Hinweis)));
        Section("fieldTransportweg", s.Transportwege.Select(t => Join(t.Weg, t.Details)));
        Section("fieldNachnutzung", s.Nachnutzung is null ? [] : [Join(string.Join(", ", s.Nachnutzung.Modelle), s.Nachnutzung.Details)]);
        Section("fieldAnbindung", s.Anbindung.Select((step, i) => $"{i + 1}. {step}"));
        Section("fieldStatus", s.Status.Laender.Select(l => Join($"{l.Land}: {l.Status}", AnswerCards.GermanDate(l.Stand))));

        return new SteckbriefCardData
        {
            ServiceId = document.Id,
            Name = document.Title,
            Description = document.Summary,
            Facts = facts,
            Sections = sections,
            Contacts = [.. s.Kontakte.Select(k => new SteckbriefContact(
                k.Rolle ?? "", k.Name ?? "", string.Join(" · ", new[] { k.Email, k.Telefon, k.Url }.Where(x => !string.IsNullOrWhiteSpace(x)))))],
            Links = [.. s.Links.Select(l => new SteckbriefLink(l.Titel, l.Url))],
            Sources = AnswerCards.Sources(document.Sources),
            Stand = AnswerCards.GermanDate(document.Date) ?? "",
            Sample = document.Sample,
        };
    }

    public ServicesCardData Services(KnowledgeBase knowledge, string? themenfeld, int page, CultureInfo culture)
    {
        var byTopic = knowledge.Services;
        // Services without an OZG reference are grouped under a name the knowledge base does not localise.
        string Label(string topic) => topic == KnowledgeBase.NoThemenfeld ? texts.Get("servicesNoThemenfeld", culture) : topic;
        if (themenfeld is not null && (themenfeld == texts.Get("servicesNoThemenfeld", Texts.German) || themenfeld == texts.Get("servicesNoThemenfeld", Texts.English)))
        {
            themenfeld = KnowledgeBase.NoThemenfeld;
        }

        var data = new ServicesCardData
        {
            Themenfeld = null,
            Themenfelder = [.. byTopic.Select(g => new ThemenfeldButton(Label(g.Key), g.Value.Count))],
            Services = [],
            Page = 1, PageCount = 1, HasPrevious = false, HasNext = false, PreviousPage = 0, NextPage = 2,
        };
        if (themenfeld is null || !byTopic.TryGetValue(themenfeld, out var services))
        {
            return data;
        }

        var size = options.Value.ServicesPageSize;
        var pageCount = Math.Max(1, (services.Count + size - 1) / size);
        page = Math.Clamp(page, 1, pageCount);
        return data with
        {
            Themenfeld = Label(themenfeld),
            Services = [.. services.Skip((page - 1) * size).Take(size).Select(d => new ServiceLine(d.Id, d.Title, d.Land ?? ""))],
            Page = page,
            PageCount = pageCount,
            HasPrevious = page > 1,
            HasNext = page < pageCount,
            PreviousPage = page - 1,
            NextPage = page + 1,
        };
    }

    public NewsCardData News(KnowledgeBase knowledge, AnswerCards answers, CultureInfo culture) =>
        new() { Items = [.. knowledge.RecentlyChanged(8).Select(d => NewsItem(d, answers, culture))] };

    public static NewsItem NewsItem(KnowledgeDocument document, AnswerCards answers, CultureInfo culture) =>
        new(document.Id, document.Title, document.Type, answers.Kind(document.Type, culture), AnswerCards.GermanDate(document.Date) ?? "");

    private static string Join(string first, params string?[] rest) =>
        string.Join(" – ", new[] { first }.Concat(rest.Where(r => !string.IsNullOrWhiteSpace(r)))!);
}
