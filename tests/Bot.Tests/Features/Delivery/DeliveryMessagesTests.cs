using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Resources;

namespace KommunalBot.Bot.Tests.Features.Delivery;

/// What a recalled copy becomes: a short card that says so, names the original and the day (Europe/Berlin), and a
/// notification that says it was withdrawn, in the conversation's language.
public sealed class DeliveryMessagesTests
{
    private static readonly Texts Texts = new();
    private readonly DeliveryMessages messages = new(new CardRenderer(Texts), Texts);

    [Fact]
    public void Recalled_InGerman_SaysItWasRecalledWithTheSummaryAndTheBerlinDate()
    {
        // 23:30 UTC on 5 March is already 6 March in Berlin (CET, UTC+1).
        var content = Content(new DateTimeOffset(2027, 3, 5, 23, 30, 0, TimeSpan.Zero));

        var message = messages.Recalled(content, "de-DE");

        var card = Card(message);
        Assert.Contains("Diese Nachricht wurde zurückgezogen.", card);
        Assert.Contains("Digest März: Wohngeld digital", card);
        Assert.Contains("Zurückgezogen am 06.03.2027", card);
        Assert.Equal("Zurückgezogen: Digest März: Wohngeld digital", message.Summary);
    }

    [Fact]
    public void Recalled_InSummerTime_UsesTheBerlinDateOfCest()
    {
        // 22:30 UTC on 30 June is 00:30 on 1 July in Berlin (CEST, UTC+2).
        var message = messages.Recalled(Content(new DateTimeOffset(2027, 6, 30, 22, 30, 0, TimeSpan.Zero)), null);

        Assert.Contains("Zurückgezogen am 01.07.2027", Card(message));
    }

    [Fact]
    public void Recalled_InEnglish_IsEnglish()
    {
        var message = messages.Recalled(Content(new DateTimeOffset(2027, 3, 5, 9, 0, 0, TimeSpan.Zero)), "en-GB");

        Assert.Contains("This message was withdrawn.", Card(message));
        Assert.Equal("Withdrawn: Digest März: Wohngeld digital", message.Summary);
    }

    private static string Card(KommunalBot.Bot.Protocol.Activity message) =>
        Deliveries.Visible(System.Text.Json.Nodes.JsonNode.Parse(message.Attachments![0].Content!.Value.GetRawText()));

    private static StoredContent Content(DateTimeOffset recalledUtc) => new()
    {
        ContentId = "broadcast-digest-2027-03",
        Owner = "broadcast",
        Summary = "Digest März: Wohngeld digital",
        MessageJson = "{}",
        Recalled = RecallMode.Replace,
        CreatedUtc = recalledUtc.AddDays(-1),
        ChangedUtc = recalledUtc,
    };
}
