using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Delivery;

/// An editor in Teams: `zustellungen` lists the recent sends, "Bericht" shows one, "Zurückziehen" asks how and then
/// to confirm before anything is recalled. Clerks get a refusal, and buttons they forge change nothing.
public sealed class DeliveryCardTests : BotTest
{
    private const string Digest = "broadcast-digest-2027-03";
    private const string RoleRequired = "Das können nur Redakteurinnen und Redakteure der BayKommun.";

    [Fact]
    public async Task Zustellungen_ByAnEditor_ListsTheRecentSendsWithTheirCounts()
    {
        await SendDigestAsync();

        await bot.SendAsync(Deliveries.Editor(bot).Message("zustellungen"));

        var card = Deliveries.Visible(bot.Channel.Messages[^1].Card);
        Assert.Contains("Digest März", card);
        Assert.Contains("zugestellt 1 von 3 · ausstehend 1 · fehlgeschlagen 1", card);
        Assert.Contains("delivery.report", card);
    }

    [Fact]
    public async Task Zustellungen_ByAClerk_IsRefusedWithoutShowingAnything()
    {
        await SendDigestAsync();

        await bot.SendAsync(bot.Activity().Message("zustellungen"));

        var reply = bot.Channel.Messages[^1];
        Assert.Equal(RoleRequired, reply.Text);
        Assert.Null(reply.Card);
    }

    [Fact]
    public async Task Zustellungen_WhenNothingWasSent_SaysSo()
    {
        await bot.SendAsync(Deliveries.Editor(bot).Message("zustellungen"));

        Assert.Equal("Es wurden noch keine Nachrichten versandt.", bot.Channel.Messages[^1].Text);
    }

    [Fact]
    public async Task Deliveries_InEnglish_ListsInEnglish()
    {
        await SendDigestAsync();

        await bot.SendAsync(Deliveries.Editor(bot).InLocale("en-US").Message("deliveries"));

        Assert.Contains("delivered 1 of 3 · pending 1 · failed 1", Deliveries.Visible(bot.Channel.Messages[^1].Card));
    }

    [Fact]
    public async Task Bericht_ShowsCountsFailureReasonsAndThatItIsStillRunning()
    {
        await SendDigestAsync();

        await bot.SendAsync(Deliveries.Editor(bot).Execute("delivery.report", new JsonObject { ["contentId"] = Digest }));

        var card = Deliveries.Visible(bot.Channel.Messages[^1].Card); // a new message: the list stays
        Assert.Contains("400 BadArgument: Activity resulted into multiple skype activities", card);
        Assert.Contains("Läuft noch", card);
        Assert.Contains("Zurückziehen", card);
    }

    [Fact]
    public async Task Aktualisieren_AfterTheLastDeliverySettled_ShowsTheTimeToComplete()
    {
        var (_, _, third) = await SendDigestAsync();
        await Deliveries.RewriteAsync(bot, Digest, third, DeliveryState.Retired, "Unterhaltung nicht mehr erreichbar");
        var created = (await Deliveries.StoredAsync(bot, Digest))!.CreatedUtc;
        await Deliveries.CompleteAsync(bot, Digest, created + TimeSpan.FromSeconds(252));

        var card = await Deliveries.InvokeValueAsync(await bot.SendAsync(Deliveries.Editor(bot).Execute("delivery.refresh", new JsonObject { ["contentId"] = Digest })));

        Assert.Contains("Abgeschlossen nach 4 Min. 12 Sek.", Deliveries.Visible(card));
        Assert.Contains("Entfallen", Deliveries.Visible(card));
    }

    [Fact]
    public async Task Zurueckziehen_AsksToConfirmWithTheCountsAndRecallsNothingYet()
    {
        await SendDigestAsync();

        var card = await Deliveries.InvokeValueAsync(await bot.SendAsync(Deliveries.Editor(bot).Execute("delivery.confirmrecall",
            new JsonObject { ["contentId"] = Digest, ["mode"] = "Delete" })));

        Assert.Contains("Zugestellte Nachrichten (1) werden gelöscht, noch nicht gesendete (1) werden nicht mehr gesendet.", Deliveries.Visible(card));
        Assert.Contains("delivery.recall", Deliveries.Visible(card));
        Assert.Null((await Deliveries.StoredAsync(bot, Digest))!.Recalled);
    }

    [Fact]
    public async Task Zurueckziehen_WithoutAChoice_AsksForOne()
    {
        await SendDigestAsync();

        var text = await Deliveries.InvokeValueAsync(await bot.SendAsync(Deliveries.Editor(bot).Execute("delivery.confirmrecall",
            new JsonObject { ["contentId"] = Digest })));

        Assert.StartsWith("Bitte wählen Sie", text.GetValue<string>());
    }

    [Fact]
    public async Task JaZurueckziehen_RecallsAndTheCardSaysWhatHappens()
    {
        await SendDigestAsync();

        var card = await Deliveries.InvokeValueAsync(await bot.SendAsync(Deliveries.Editor(bot).Execute("delivery.recall",
            new JsonObject { ["contentId"] = Digest, ["mode"] = "Replace" })));

        Assert.Equal(RecallMode.Replace, (await Deliveries.StoredAsync(bot, Digest))!.Recalled);
        var json = Deliveries.Visible(card);
        Assert.Contains("Zurückziehen veranlasst: zugestellte Nachrichten (1) werden geändert, noch nicht gesendete (1) nicht mehr gesendet.", json);
        Assert.DoesNotContain("delivery.confirmrecall", json); // no second recall offered
    }

    [Fact]
    public async Task JaZurueckziehen_Twice_SaysItWasRecalledAlready()
    {
        await SendDigestAsync();
        var recall = new JsonObject { ["contentId"] = Digest, ["mode"] = "Replace" };
        await bot.SendAsync(Deliveries.Editor(bot).Execute("delivery.recall", recall));

        var text = await Deliveries.InvokeValueAsync(await bot.SendAsync(Deliveries.Editor(bot).Execute("delivery.recall", recall.DeepClone().AsObject())));

        Assert.Equal("Diese Sendung wurde bereits zurückgezogen.", text.GetValue<string>());
    }

    [Theory]
    [InlineData("delivery.recall")]
    [InlineData("delivery.confirmrecall")]
    [InlineData("delivery.report")]
    [InlineData("delivery.refresh")]
    public async Task AButtonForgedByAClerk_IsRefusedAndChangesNothing(string verb)
    {
        await SendDigestAsync();
        var sent = bot.Channel.Messages.Count;

        var payload = new JsonObject { ["contentId"] = Digest };
        if (verb.Contains("recall", StringComparison.Ordinal))
        {
            payload["mode"] = "Delete";
        }

        var text = await Deliveries.InvokeValueAsync(await bot.SendAsync(bot.Activity().Execute(verb, payload)));

        Assert.Equal(RoleRequired, text.GetValue<string>());
        Assert.Null((await Deliveries.StoredAsync(bot, Digest))!.Recalled);
        Assert.Equal(sent, bot.Channel.Messages.Count); // no report went out either
    }

    [Fact]
    public async Task Aktualisieren_AsSubmitFallback_UpdatesTheCardInPlace()
    {
        await SendDigestAsync();

        await bot.SendAsync(Deliveries.Editor(bot).Submit(new JsonObject { ["verb"] = "delivery.refresh", ["contentId"] = Digest }));

        var update = bot.Channel.ConnectorCalls[^1];
        Assert.Equal("PUT", update.Method);
        Assert.EndsWith("/activities/card-activity-1", update.Path);
        Assert.Contains("Digest März", Deliveries.Visible(update.Card));
    }

    [Fact]
    public async Task Bericht_ForAContentThatIsGone_SaysSo()
    {
        var text = await Deliveries.InvokeValueAsync(await bot.SendAsync(Deliveries.Editor(bot).Execute("delivery.report",
            new JsonObject { ["contentId"] = "broadcast-digest-2026-01" })));

        Assert.StartsWith("Diese Sendung gibt es nicht (mehr)", text.GetValue<string>());
    }

    /// A digest to three channels, posted by the sender: one stays delivered, one is made failed, one pending.
    private async Task<(ConversationReference, ConversationReference, ConversationReference)> SendDigestAsync()
    {
        var (first, second, third) = (await Deliveries.ChannelAsync(bot), await Deliveries.ChannelAsync(bot, "kanal-2"), await Deliveries.ChannelAsync(bot, "kanal-3"));
        await Deliveries.SendAsync(bot, Deliveries.Content(Digest, "Digest März"), first, second, third);
        await Deliveries.RewriteAsync(bot, Digest, second, DeliveryState.Failed, "400 BadArgument: Activity resulted into multiple skype activities");
        await Deliveries.RewriteAsync(bot, Digest, third, DeliveryState.Pending);
        return (first, second, third);
    }
}
