using System.Text.Json.Nodes;
using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Features.Ask;
using KommunalBot.Bot.Resources;
using KommunalBot.Knowledge.Content;

namespace KommunalBot.Bot.Tests.Features.Ask;

/// The `neu` card as production builds it: every kind of document shows its label in the user's language,
/// and only a Steckbrief offers the "Steckbrief" button.
public sealed class NewsCardTests
{
    private static readonly Texts Texts = new();

    public static TheoryData<DocumentType, string, string> Kinds()
    {
        var data = new TheoryData<DocumentType, string, string>();
        foreach (var culture in new[] { "de-DE", "en-US" })
        {
            data.Add(DocumentType.Steckbrief, "kindSteckbrief", culture);
            data.Add(DocumentType.Faq, "kindFaq", culture);
            data.Add(DocumentType.BestPractice, "kindBestPractice", culture);
            data.Add(DocumentType.OzgLeistung, "kindOzg", culture);
            data.Add(DocumentType.LeikaLeistung, "kindLeika", culture);
        }

        return data;
    }

    [Fact]
    public void Kinds_CoverEveryDocumentType()
    {
        Assert.Equal(Enum.GetValues<DocumentType>().Length * 2, Kinds().Count);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void News_OneDocumentOfAKind_ShowsItsLabelAndTheSteckbriefButtonOnlyForServices(DocumentType kind, string labelKey, string locale)
    {
        var culture = Texts.CultureFor(locale);
        var document = new KnowledgeDocument { Id = "doc-1", Type = kind, Title = "Neuer Eintrag", Date = new DateOnly(2026, 11, 21) };

        var item = ServiceCards.NewsItem(document, new AnswerCards(Texts), culture);
        var card = new CardRenderer(Texts).Render(new NewsCardData { Items = [item] }, culture);

        var line = $"{Texts.Get(labelKey, culture)} · {Texts.Get("fieldStand", culture)} 21.11.2026";
        Assert.Contains(line, TextBlocks(card));
        var buttons = card.ToJsonString().Contains("\"ask.steckbrief\"", StringComparison.Ordinal);
        Assert.Equal(kind == DocumentType.Steckbrief, buttons);
    }

    private static List<string> TextBlocks(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] == "TextBlock" => [(string)o["text"]!],
        JsonObject o => [.. o.SelectMany(p => TextBlocks(p.Value))],
        JsonArray a => [.. a.SelectMany(TextBlocks)],
        _ => [],
    };
}
