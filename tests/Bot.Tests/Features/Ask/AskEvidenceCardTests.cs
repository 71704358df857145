using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KommunalBot.Bot.Resources;
using KommunalBot.Bot.Tests.Evaluation;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Ask;

/// What the Ask cards show: Steckbrief look-ups that forgive typos and name near services, German dates, and
/// an FAQ answer with its whole list and the rest of the article behind "Mehr anzeigen".
public sealed partial class AskEvidenceCardTests : BotTest
{
    // Asked in our own words; answered by knowledge/faq/faq-fit-store.md, whose "Ablauf" is a numbered list of four steps.
    private const string FitStoreQuestion = "Wie geht es im FIT-Store nach der Interessenbekundung des anschließenden Landes weiter?";
    private const string FirstStep = "Das umsetzende Land (UL) schickt eine Leistungsbeschreibung";
    private const string LastStep = "Die FITKO bietet dem AL einen SaaS-Nachnutzungsvertrag";
    private const string AfterTheList = "Inhouse-Ausnahme (§ 108 GWB)";

    private readonly Texts texts = new();

    [Theory]
    [InlineData("Kfz-Halterauskunft", "i-Kfz (internetbasierte Fahrzeugzulassung – An-, Ab-, Ummeldung)")]
    [InlineData("Wohngeldrechner", "Wohngeld (EfA Schleswig-Holstein)")]
    public async Task Steckbrief_ForAnUnknownName_SaysNotFoundAndNamesNearServices(string name, string near)
    {
        await bot.SendAsync(bot.Activity().Message("steckbrief " + name));

        var reply = Assert.Single(bot.Channel.Messages);
        Assert.Null(reply.Card);
        Assert.StartsWith(Text("steckbriefNotFound", name), reply.Text);
        var nearNames = texts.Get("steckbriefNear", Texts.German).Split("{0}")[0]; // "Ähnliche Namen: "
        Assert.Contains(nearNames + near, reply.Text); // the nearest name first
    }

    [Theory]
    [InlineData("Fischereischien", "Fischereischein digital")]
    [InlineData("Mutterschutzmiteilung", "Mutterschutzmitteilung (Mitteilung des Arbeitgebers)")]
    [InlineData("Elterngelt", "ElterngeldDigital")] // "steckbrief Elterngeld" finds ElterngeldDigital
    public async Task Steckbrief_WithACloseTypo_FindsTheService(string typo, string title)
    {
        await bot.SendAsync(bot.Activity().Message("steckbrief " + typo));

        var card = Assert.Single(bot.Channel.Messages).Card;
        Assert.NotNull(card);
        Assert.StartsWith($"{texts.Get("steckbriefKicker", Texts.German)} {title} ", VisibleText.Of(null, [card]));
    }

    [Fact]
    public async Task AnswerCard_StandAndSourceDates_AreGerman()
    {
        await bot.SendAsync(bot.Activity().Message("Welche Kosten hat der Wohngeld-Dienst?"));

        var card = Assert.Single(bot.Channel.Messages).Card!;
        var stand = Elements(card).Where(e => (string?)e["type"] == "FactSet")
            .SelectMany(e => e["facts"]!.AsArray())
            .Single(f => (string?)f!["title"] == texts.Get("fieldStand", Texts.German))!;
        Assert.Equal("01.01.2023", (string?)stand["value"]); // knowledge/steckbriefe/wohngeld.yaml: stand 2023-01-01
        Assert.Contains(Elements(card), e => ((string?)e["text"])?.Contains("d-NRW: Wohngeld", StringComparison.Ordinal) == true
            && ((string?)e["text"])!.Contains($"({texts.Get("sourceStand", Texts.German)} 01.01.2023)", StringComparison.Ordinal));
        Assert.DoesNotMatch(IsoDate(), card.ToJsonString());
    }

    [Fact]
    public async Task SteckbriefCard_Dates_AreGerman()
    {
        await bot.SendAsync(bot.Activity().Message("steckbrief Wohngeld"));

        var card = Assert.Single(bot.Channel.Messages).Card!;
        Assert.Contains($"{texts.Get("steckbriefStand", Texts.German)}: 01.01.2023", VisibleText.Of(null, [card]));
        Assert.DoesNotMatch(IsoDate(), card.ToJsonString());
    }

    [Fact]
    public async Task FaqAnswer_WithANumberedList_ShowsTheWholeList()
    {
        var card = await AskFitStoreAsync();

        var visible = VisibleText.Of(null, [card]);
        Assert.Contains(FirstStep, visible);
        Assert.Contains(LastStep, visible);
    }

    [Fact]
    public async Task FaqAnswer_LongerThanThePassage_ShowsTheRestOnceBehindMehrAnzeigen()
    {
        var card = await AskFitStoreAsync();
        Assert.DoesNotContain(AfterTheList, VisibleText.Of(null, [card]));

        var toggle = Assert.Single(Actions(card), a => (string?)a["type"] == "Action.ToggleVisibility");
        Assert.Equal(texts.Get("answerShowMore", Texts.German), (string?)toggle["title"]);
        var targets = toggle["targetElements"]!.AsArray().Select(t => (string)t!).ToList();
        Assert.Contains(Elements(card), e => targets.Contains((string?)e["id"] ?? "") && e["isVisible"] is JsonValue v && !(bool)v
            && ((string?)e["text"])!.Contains(AfterTheList, StringComparison.Ordinal));

        var shown = VisibleText.Of(null, [Clicked(card, targets)]);

        Assert.Contains(AfterTheList, shown);
        Assert.Single(Regex.Matches(shown, Regex.Escape(FirstStep))); // the passage is not repeated above the whole article
    }

    private async Task<JsonObject> AskFitStoreAsync()
    {
        await bot.SendAsync(bot.Activity().Message(FitStoreQuestion));
        var message = Assert.Single(bot.Channel.Messages);
        var reply = BotReply.Read([message.Body], texts.Get("noAnswerTitle", Texts.German));
        Assert.Equal(ReplyKind.Answered, reply.Kind);
        Assert.Equal("Wie funktioniert die Nachnutzung über den FIT-Store?", reply.Title); // the FAQ's title
        return message.Card!;
    }

    private string Text(string key, string value) => string.Format(CultureInfo.InvariantCulture, texts.Get(key, Texts.German), value);

    /// The card as Teams shows it after Action.ToggleVisibility on these elements: each flips its isVisible.
    private static JsonObject Clicked(JsonObject card, List<string> targets)
    {
        var clicked = (JsonObject)card.DeepClone();
        foreach (var element in Elements(clicked).Where(e => targets.Contains((string?)e["id"] ?? "")).ToList())
        {
            var visible = element["isVisible"] is not JsonValue v || (bool)v;
            element["isVisible"] = !visible;
        }

        return clicked;
    }

    private static IEnumerable<JsonObject> Elements(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Elements(p.Value)).Prepend(o),
        JsonArray a => a.SelectMany(Elements),
        _ => [],
    };

    private static IEnumerable<JsonObject> Actions(JsonObject card) =>
        Elements(card).Where(e => ((string?)e["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true);

    // A date as yyyy-MM-dd; German cards write TT.MM.JJJJ.
    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();
}
