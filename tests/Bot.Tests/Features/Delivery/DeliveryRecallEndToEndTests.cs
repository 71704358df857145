using System.Text.Json.Nodes;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Delivery;

/// The whole way: a digest posted by the sender into two channels, recalled by an editor from the report card,
/// and every posted copy replaced in place by the recall card.
public sealed class DeliveryRecallEndToEndTests : BotTest
{
    private const string Digest = "broadcast-digest-2027-03";

    [Fact]
    public async Task JaZurueckziehen_ReplacesEveryPostedCopyWithTheRecallCard()
    {
        var (first, second) = (await Deliveries.ChannelAsync(bot), await Deliveries.ChannelAsync(bot, "kanal-2"));
        var sent = await Deliveries.SendAsync(bot, Deliveries.Content(Digest, "Digest März"), first, second);
        Assert.Equal(2, sent.Delivered);
        var posted = new List<string>();
        foreach (var channel in new[] { first, second })
        {
            posted.Add((await Deliveries.Outbox(bot).FindAsync(Digest, channel.ConversationId, CancellationToken.None))!.ActivityId!);
        }

        await bot.SendAsync(Deliveries.Editor(bot).Execute("delivery.recall", new JsonObject { ["contentId"] = Digest, ["mode"] = "Replace" }));
        await DeliveryFixture.UntilAsync(bot, () => Puts().Count >= 2);

        var puts = Puts();
        Assert.Equal(posted.Order(StringComparer.Ordinal), puts.Select(p => Uri.UnescapeDataString(p.Path[(p.Path.LastIndexOf('/') + 1)..])).Order(StringComparer.Ordinal));
        var today = TimeZoneInfo.ConvertTime(bot.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.All(puts, put =>
        {
            var card = Deliveries.Visible(put.Card);
            Assert.Contains("Diese Nachricht wurde zurückgezogen.", card);
            Assert.Contains("Digest März", card);
            Assert.Contains("Zurückgezogen am " + today, card);
            Assert.Equal("Zurückgezogen: Digest März", put.Body!["summary"]!.GetValue<string>());
        });
    }

    private List<RecordedCall> Puts() => [.. bot.Channel.ConnectorCalls.Where(c => c.Method == "PUT")];
}
