using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Consult;
using KommunalBot.Bot.Tests.Features.Delivery;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Consult;

/// The "done when", through the Teams protocol only: a clerk of a municipality's tenant asks, gets an answer,
/// presses "Beratung anfragen", sends the form; an advisor of BayKommun's tenant claims it in the advisors' channel,
/// answers, gets the clerk's reply in the request's thread, closes it; the clerk rates it; the advisor turns the
/// resolution into a FAQ draft. Every step is checked where the user would see it.
public sealed class ConsultEndToEndTests : AdvisorTest
{
    private const string Question = "Über welchen Transportweg kommen Wohngeld-Anträge in die Behörde?";
    private const string ClerkChat = ActivityBuilder.PersonalConversationId;

    [Fact]
    public async Task Request_FromAnswerCard_ThroughClaimRepliesAndClosing_ToRatingAndFaqDraft()
    {
        await BindAsync();
        await bot.SendAsync(bot.Activity().InstallationAdd()); // the clerk's 1:1 chat, where the bot tells her what happens
        bot.Channel.ClearCalls();

        // The clerk asks, and asks for consulting from the answer card.
        await bot.SendAsync(bot.Activity().Message(Question));
        var answerCard = bot.Channel.Messages[^1].Card!;
        await InvokeAsync(bot.Activity(), "consult.form", ButtonData(answerCard, "consult.form"));
        var submit = ButtonData(bot.Channel.Messages[^1].Card!, "consult.submit");
        foreach (var (key, value) in new JsonObject
        {
            ["topic"] = "Transportweg und Datenübermittlung", ["organisation"] = "Stadt Musterstadt", ["region"] = "Oberbayern",
            ["description"] = "Unser Fachverfahren bekommt keine Wohngeld-Anträge. Welche Einstellungen fehlen?", ["urgency"] = "Normal",
            ["contact"] = "poststelle@musterstadt.de", ["consent"] = "true",
        })
        {
            submit[key] = value?.DeepClone();
        }

        var confirmation = Readable(await InvokeAsync(bot.Activity(), "consult.submit", submit));
        var id = (await Store.ListOpenAsync(CancellationToken.None).SingleAsync()).Id;
        Assert.Contains(id, confirmation);

        // BayKommun's channel gets the card as a new thread, with what the clerk saw.
        var posted = await PostedCardAsync(id);
        Assert.Contains(Question, Readable(posted.Card));
        var thread = (await bot.Services.GetRequiredService<KommunalBot.Bot.Features.Delivery.IOutbox>()
            .FindAsync(AdvisorCards.ContentId(id), ActivityBuilder.ChannelId, CancellationToken.None))!.PostedConversationId!;
        Assert.StartsWith(ActivityBuilder.ChannelId + ";messageid=", thread);

        // Anna claims and answers; the base card changes for everyone, the clerk is told in her 1:1 chat.
        var claimed = Card(await PressAsync(InAdvisorChannel(Anna), "consult.claim", id));
        Assert.Contains("Anna Beraterin", Readable(claimed));
        Card(await PressAsync(InAdvisorChannel(Anna), "consult.answer", id, new JsonObject { ["answer"] = "Bitte nennen Sie Ihr Fachverfahren und Ihre Version." }));
        await UntilAsync(() => ToClerk().Any(m => Readable(m.Body).Contains("Bitte nennen Sie Ihr Fachverfahren", StringComparison.Ordinal)));
        Assert.Contains(ToClerk(), m => Readable(m.Body).Contains(id, StringComparison.Ordinal) && Readable(m.Body).Contains("Anna Beraterin", StringComparison.Ordinal));

        // The clerk answers in plain text; it reaches the request's thread in BayKommun's channel.
        await bot.SendAsync(bot.Activity().Message("Wir nutzen OK.FIS in Version 4.2."));
        Assert.Contains(id, bot.Channel.Messages[^1].Text ?? Readable(bot.Channel.Messages[^1].Body));
        await UntilAsync(() => InThread(thread).Any(m => Readable(m.Body).Contains("OK.FIS in Version 4.2", StringComparison.Ordinal)));
        Assert.Equal(ConsultStatus.InBearbeitung, (await StoredAsync(id)).Status);

        // Anna closes it with a resolution; the clerk is told, and rates it.
        var closed = Card(await PressAsync(InAdvisorChannel(Anna), "consult.close", id,
            new JsonObject { ["resolution"] = "In OK.FIS 4.2 den Transportweg FIT-Connect aktivieren und den Zustellpunkt im DVDV eintragen." }));
        Assert.Contains("consult.draft", Verbs(closed)); // the advisor can turn it into knowledge
        await UntilAsync(() => ToClerk().Any(m => Readable(m.Body).Contains("FIT-Connect aktivieren", StringComparison.Ordinal)));
        var rated = Readable(await InvokeAsync(bot.Activity(), "consult.rate", new JsonObject { ["id"] = id, ["rating"] = 5 }));
        Assert.Contains("★", rated);

        // The resolution becomes a FAQ draft for the editors.
        var draft = await bot.SendAsync(InAdvisorChannel(Anna).Execute("consult.draft", new JsonObject { ["requestId"] = id }));
        Assert.Contains("FAQ-Entwurf", Readable(JsonNode.Parse(await draft.Content.ReadAsStringAsync())));
        var drafts = await (await bot.AdminAsync(HttpMethod.Get, "/admin/consult/drafts", BotApp.EditorObjectId)).Content.ReadAsStringAsync();
        Assert.Contains(id, drafts);

        var done = await StoredAsync(id);
        Assert.Equal((ConsultStatus.Geloest, Anna, 5), (done.Status, done.Assignee, done.Rating));
        Assert.Equal(
            [ConsultActionKind.Create, ConsultActionKind.Claim, ConsultActionKind.Answer, ConsultActionKind.Reply, ConsultActionKind.Close, ConsultActionKind.Rate],
            done.History.Select(h => h.Kind));
        // The clerk's tenant saw only her own chat; BayKommun's only its channel and thread.
        Assert.DoesNotContain(bot.Channel.Messages, m => m.ConversationId == ClerkChat && Readable(m.Body).Contains("consult.claim", StringComparison.Ordinal));
    }

    private List<RecordedCall> ToClerk() => bot.Channel.Messages.Where(m => m.ConversationId == ClerkChat).ToList();

    private List<RecordedCall> InThread(string thread) => bot.Channel.Messages.Where(m => m.ConversationId == thread).ToList();

    private Task UntilAsync(Func<bool> done) => DeliveryFixture.UntilAsync(bot, done);

    private async Task<JsonNode> InvokeAsync(ActivityBuilder from, string verb, JsonObject data)
    {
        using var response = await bot.SendAsync(from.Execute(verb, data));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!;
    }

    private static JsonObject ButtonData(JsonNode card, string verb) => CardButtons.Data(card, verb);
}
