using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Consult;
using KommunalBot.Bot.Tests.Features.Delivery;
using KommunalBot.Bot.Tests.TestHost;
using static KommunalBot.Bot.Tests.Features.Consult.ConsultRelayFixture;

namespace KommunalBot.Bot.Tests.Features.Consult;

/// The relay both ways: the advisor's answer reaches the clerk 1:1 (see the notification tests), the clerk's plain
/// message goes back into the request's thread while the request waits for feedback.
public sealed class ConsultRelayTests : BotTest
{
    private const string ClerkText = "Wir nutzen OK.FIS in der Version 5.2.";

    protected override Dictionary<string, string?> Settings => ConsultRelayFixture.Settings();

    [Fact]
    public async Task ClerkReply_WhileTheRequestWaits_GoesIntoItsThread_AndIsConfirmed()
    {
        await InstallAllAsync(bot);
        var channel = await BindPoolAsync(bot);
        var request = await CreateAsync(bot);
        var thread = await PostCardAsync(bot, channel, request.Id);
        await MoveAsync(bot, request.Id, AnnaActor, ConsultActionKind.Answer, "Welche Version von OK.FIS nutzen Sie?");
        await DeliveryFixture.SettledAsync(bot, $"consult-{request.Id}-h1");

        await bot.SendAsync(ClerkSays(bot).Message(ClerkText));

        Assert.Contains(bot.Channel.Messages, m => m.ConversationId == ClerkChat && m.Text == $"Ihre Antwort zu {request.Id} wurde an die Beratung weitergegeben.");
        var stored = await StoredAsync(bot, request.Id);
        Assert.Equal((ConsultActionKind.Reply, ClerkText, ConsultStatus.InBearbeitung), (stored.History[^1].Kind, stored.History[^1].Detail, stored.Status));
        await DeliveryFixture.SettledAsync(bot, $"consult-{request.Id}-h2");
        var inThread = Assert.Single(PostsIn(bot, thread));
        Assert.Contains("**Erika Mustermann** (Stadt Musterstadt) antwortet zu **" + request.Id + "**", inThread.Text);
        Assert.Contains(ClerkText, inThread.Text);
    }

    [Fact]
    public async Task ClerkReply_BeforeTheCardIsPosted_IsANewPostInThePoolChannel()
    {
        await InstallAllAsync(bot);
        var channel = await BindPoolAsync(bot);
        var request = await CreateAsync(bot);
        await MoveAsync(bot, request.Id, AnnaActor, ConsultActionKind.Answer, "Welche Version?");

        await bot.SendAsync(ClerkSays(bot).Message(ClerkText));
        await DeliveryFixture.SettledAsync(bot, $"consult-{request.Id}-h2");

        var post = Assert.Single(PostsIn(bot, channel.ConversationId)); // the channel's own id: a new thread
        Assert.Contains(ClerkText, post.Text);
    }

    [Fact]
    public async Task ClerkWithTwoWaitingRequests_IsAskedWhichOne_AndThePressSendsItThere()
    {
        await InstallAllAsync(bot);
        var channel = await BindPoolAsync(bot);
        var first = await CreateAsync(bot);
        var second = await CreateAsync(bot, "Was kostet die Nachnutzung des EfA-Dienstes Wohngeld für unsere Stadt?");
        var secondThread = await PostCardAsync(bot, channel, second.Id);
        await MoveAsync(bot, first.Id, AnnaActor, ConsultActionKind.Answer, "Welche Version?");
        await MoveAsync(bot, second.Id, BerndActor, ConsultActionKind.Answer, "Wie viele Anträge erwarten Sie?");

        await bot.SendAsync(ClerkSays(bot).Message("Etwa 300 im Jahr."));

        var choice = CardText(bot.Channel.Messages.Last(m => m.ConversationId == ClerkChat));
        Assert.Contains("Zu welcher Anfrage gehört Ihre Nachricht?", choice);
        Assert.Contains(first.Id, choice);
        Assert.Contains("Bernd Berater", choice);
        Assert.Equal(ConsultActionKind.Answer, (await StoredAsync(bot, second.Id)).History[^1].Kind); // nothing sent yet

        var response = await bot.SendAsync(ClerkSays(bot).Execute("consult.reply", new JsonObject { ["requestId"] = second.Id, ["text"] = "Etwa 300 im Jahr." }));

        var card = InvokeValue(await response.Content.ReadAsStringAsync())!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("Weitergegeben an " + second.Id, card);
        Assert.DoesNotContain("consult.reply", card); // no second send from the same card
        Assert.Equal(("Etwa 300 im Jahr.", ConsultActionKind.Reply), ((await StoredAsync(bot, second.Id)).History[^1].Detail, (await StoredAsync(bot, second.Id)).History[^1].Kind));
        Assert.Equal(ConsultActionKind.Answer, (await StoredAsync(bot, first.Id)).History[^1].Kind);
        await DeliveryFixture.SettledAsync(bot, $"consult-{second.Id}-h2");
        Assert.Contains("Etwa 300 im Jahr.", Assert.Single(PostsIn(bot, secondThread)).Text);
    }

    [Fact]
    public async Task ChoiceForgedByAnotherUser_IsRefused_AndWrittenToTheHistory()
    {
        await InstallAllAsync(bot);
        var request = await CreateAsync(bot);
        await MoveAsync(bot, request.Id, AnnaActor, ConsultActionKind.Answer, "Welche Version?");

        var response = await bot.SendAsync(bot.Activity().From("29:1-mallory", "0b5b5a6e-0000-4000-8000-0000000000ff", "Mallory")
            .Execute("consult.reply", new JsonObject { ["requestId"] = request.Id, ["text"] = "gefälscht" }));

        Assert.Contains("kann ich Ihre Nachricht nicht weitergeben", InvokeValue(await response.Content.ReadAsStringAsync())!.GetValue<string>());
        var stored = await StoredAsync(bot, request.Id);
        Assert.Equal((ConsultStatus.WartetAufRueckmeldung, ConsultRefusal.NotAllowed), (stored.Status, stored.History[^1].Refused));
    }

    [Fact]
    public async Task ClerkWithoutAWaitingRequest_IsAnsweredByAsk_AndCommandsStayCommands()
    {
        await InstallAllAsync(bot);
        var open = await CreateAsync(bot); // neu: nobody asked the clerk anything

        await bot.SendAsync(ClerkSays(bot).Message("Welche Fachverfahren sind mit Wohngeld kompatibel?"));

        Assert.Equal(ConsultActionKind.Create, (await StoredAsync(bot, open.Id)).History[^1].Kind);
        Assert.NotNull(bot.Channel.Messages.Last(m => m.ConversationId == ClerkChat).Card); // Ask's answer card

        await MoveAsync(bot, open.Id, AnnaActor, ConsultActionKind.Answer, "Welche Version?");
        await bot.SendAsync(ClerkSays(bot).Message("hilfe"));

        Assert.Equal(ConsultActionKind.Answer, (await StoredAsync(bot, open.Id)).History[^1].Kind);
        var helpTitle = bot.Services.GetRequiredService<KommunalBot.Bot.Resources.Texts>().Get("helpTitle", KommunalBot.Bot.Resources.Texts.German);
        // The answer's notification may reach the chat before or after the help card: look for the help card itself.
        Assert.Contains(bot.Channel.Messages, m => m.ConversationId == ClerkChat && m.Card is not null && CardText(m).Contains(helpTitle, StringComparison.Ordinal));
    }
}
