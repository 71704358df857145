using System.Net;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Broadcast.Events;
using KommunalBot.Bot.Tests.Features.Consult;
using KommunalBot.Bot.Tests.Features.Delivery;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Broadcast;

/// `veranstaltung` in Teams: the form (errors keep the input), the preview with the audience, "Senden" that only an
/// editor may press, and the invite in the subscribed channel; `veranstaltungen` with the attendee list for editors.
public sealed class EventCreateTests : BotTest
{
    [Fact]
    public async Task Veranstaltung_FormThenPreviewThenSenden_InviteReachesTheSubscribedChannel()
    {
        var channel = (await EventFixture.SubscribedAsync(bot, BotApp.AllowedTenant, 1))[0];
        await bot.SendAsync(Deliveries.Editor(bot).Message("veranstaltung"));
        Assert.Contains("Neue Veranstaltung", Deliveries.Visible(bot.Channel.Messages[^1].Card));

        var wrong = await CreateAsync(Form(endTime: "09:00", onlineUrl: "teams-link"));
        Assert.Contains("Das Ende muss nach dem Beginn liegen.", wrong);
        Assert.Contains("Bitte einen vollständigen Link angeben", wrong);
        Assert.Contains("Digitalwerkstatt Wohngeld", wrong); // the input is kept

        var previewCard = await Deliveries.InvokeValueAsync(await bot.SendAsync(Deliveries.Editor(bot).Execute(EventInput.Verb, Form())));
        Assert.Contains("An 1 Kanäle in 1 Organisationen senden?", Deliveries.Visible(previewCard));
        var send = CardButtons.Data(previewCard, EventSendActionData.Verb);

        var byMember = await Deliveries.InvokeValueAsync(await bot.SendAsync(bot.Activity().Execute(EventSendActionData.Verb, send.DeepClone().AsObject())));
        Assert.Equal("Veranstaltungen legen nur Redakteurinnen und Redakteure an.", (string?)byMember);
        var sent = await Deliveries.InvokeValueAsync(await bot.SendAsync(Deliveries.Editor(bot).Execute(EventSendActionData.Verb, send)));

        Assert.Contains("Gesendet: Die Einladung geht an 1 Kanäle in 1 Organisationen.", Deliveries.Visible(sent));
        await DeliveryFixture.SettledAsync(bot, BroadcastEvent.InviteContentId((string)send["id"]!));
        var invite = Deliveries.Visible(EventFixture.Posted(bot, channel.ConversationId));
        Assert.Contains("Digitalwerkstatt Wohngeld", invite);
        Assert.Contains($"14.01.{bot.Clock.GetUtcNow().Year + 1} 10:00 – 12:00", invite);
        Assert.Contains("broadcast.event.rsvp", invite);
    }

    [Fact]
    public async Task Veranstaltungen_EditorGetsTheAttendeeListInTheirChat_AMemberNeither()
    {
        await EventFixture.SubscribedAsync(bot, BotApp.AllowedTenant, 1);
        var ev = await EventFixture.SentAsync(bot, EventFixture.Details(bot, capacity: 1));
        await EventFixture.AnswerAsync(bot, 1, ev.Id, RsvpAnswer.Zusage);
        await EventFixture.AnswerAsync(bot, 2, ev.Id, RsvpAnswer.Zusage);

        await bot.SendAsync(Deliveries.Editor(bot).Message("veranstaltungen"));
        var list = ListCard();
        var attendees = EventFixture.Texts(await Deliveries.InvokeValueAsync(
            await bot.SendAsync(Deliveries.Editor(bot).Execute(EventAttendeesActionData.Verb, CardButtons.Data(list, EventAttendeesActionData.Verb)))));

        Assert.Contains("Zusagen 1/1 · Vielleicht 0 · Warteliste 1", Deliveries.Visible(list));
        Assert.Contains("Person 1 | Stadt Musterstadt | Zusage", attendees);
        Assert.Contains("Person 2 | Stadt Musterstadt | Warteliste, Platz 1", attendees);

        await bot.SendAsync(bot.Activity().Message("veranstaltungen"));
        Assert.DoesNotContain(EventAttendeesActionData.Verb, Deliveries.Visible(ListCard()));
        var forged = await Deliveries.InvokeValueAsync(await bot.SendAsync(bot.Activity().Execute(EventAttendeesActionData.Verb, new JsonObject { ["eventId"] = ev.Id })));
        Assert.Equal("Die Teilnehmerliste sehen nur die Redaktion und die Veranstalter.", (string?)forged);
        var inChannel = await Deliveries.InvokeValueAsync(await bot.SendAsync(Deliveries.Editor(bot).InChannel().Execute(EventAttendeesActionData.Verb, new JsonObject { ["eventId"] = ev.Id })));
        Assert.DoesNotContain("Person 1", (string?)inChannel);
    }

    [Fact]
    public async Task Refresh_ShowsEachPersonTheirOwnAnswer_AndTheChannelCopyListsWhoseTeamsRefreshes()
    {
        var channel = (await EventFixture.SubscribedAsync(bot, BotApp.AllowedTenant, 1))[0];
        var ev = await EventFixture.SentAsync(bot, EventFixture.Details(bot, capacity: 1));
        await EventFixture.AnswerAsync(bot, 1, ev.Id, RsvpAnswer.Zusage);
        await EventFixture.AnswerAsync(bot, 2, ev.Id, RsvpAnswer.Zusage);
        await EventFixture.AnswerAsync(bot, 1, ev.Id, RsvpAnswer.Absage); // person 2 gets the place

        async Task<string> RefreshAsync(int person) => EventFixture.Texts(await Deliveries.InvokeValueAsync(await bot.SendAsync(
            EventFixture.Person(bot, person).InChannel().Execute(EventRefreshActionData.Verb, new JsonObject { ["eventId"] = ev.Id }))));

        Assert.Contains("Sie haben abgesagt.", await RefreshAsync(1));
        Assert.Contains("Sie haben zugesagt.", await RefreshAsync(2));
        Assert.DoesNotContain("Sie haben", await RefreshAsync(3)); // no answer yet: the channel's view
        await DeliveryFixture.SettledAsync(bot, ev.ContentId);
        var refresh = EventFixture.Posted(bot, channel.ConversationId)["refresh"]!;
        Assert.Equal(["29:1-person-1", "29:1-person-2"], refresh["userIds"]!.AsArray().Select(u => (string)u!)); // the latest answer first
        Assert.Equal(EventRefreshActionData.Verb, (string?)refresh["action"]!["verb"]);
    }

    [Fact]
    public async Task AdminApi_CreateSendRead_AttendeesOnlyForEditorsAndOrganisers()
    {
        await EventFixture.SubscribedAsync(bot, BotApp.AllowedTenant, 2);
        var start = $"{bot.Clock.GetUtcNow().Year + 1}-01-14T10:00";
        var invalid = await EventFixture.AdminAsync(bot, HttpMethod.Post, "/admin/broadcast/events", BotApp.EditorObjectId, Body(start, "2000-01-01T09:00"));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.NotNull(JsonNode.Parse(await invalid.Content.ReadAsStringAsync())!["errors"]!["end"]);

        var created = await EventFixture.AdminAsync(bot, HttpMethod.Post, "/admin/broadcast/events", BotApp.EditorObjectId, Body(start, start.Replace("10:00", "12:00")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var view = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        var id = (string)view["id"]!;
        Assert.Equal(2, (int)view["channels"]!);
        Assert.DoesNotContain(bot.Channel.ConnectorCalls, c => c.ConversationId?.StartsWith("19:events", StringComparison.Ordinal) == true); // created is not sent

        Assert.Equal(HttpStatusCode.Accepted, (await EventFixture.AdminAsync(bot, HttpMethod.Post, $"/admin/broadcast/events/{id}/send", BotApp.EditorObjectId)).StatusCode);
        await DeliveryFixture.SettledAsync(bot, BroadcastEvent.InviteContentId(id));
        await EventFixture.AnswerAsync(bot, 1, id, RsvpAnswer.Zusage);
        var read = JsonNode.Parse(await (await EventFixture.AdminAsync(bot, HttpMethod.Get, $"/admin/broadcast/events/{id}", BotApp.EditorObjectId)).Content.ReadAsStringAsync())!;

        Assert.Equal(2, (int)read["delivery"]!["delivered"]!);
        Assert.Equal(1, (int)read["accepted"]!);
        Assert.Equal(HttpStatusCode.Forbidden, (await EventFixture.AdminAsync(bot, HttpMethod.Get, $"/admin/broadcast/events/{id}/attendees", EventFixture.ObjectId(1))).StatusCode);
        var organiser = await EventFixture.AdminAsync(bot, HttpMethod.Get, $"/admin/broadcast/events/{id}/attendees", EventFixture.ObjectId(9));
        Assert.Equal("Person 1", (string?)JsonNode.Parse(await organiser.Content.ReadAsStringAsync())![0]!["name"]);
    }

    private static JsonObject Body(string start, string end) => new()
    {
        ["title"] = "Digitalwerkstatt Wohngeld",
        ["organiser"] = "BayKommun",
        ["organiserObjectIds"] = new JsonArray(EventFixture.ObjectId(9)),
        ["start"] = start,
        ["end"] = end,
        ["onlineUrl"] = "https://teams.microsoft.com/l/meetup-join/19%3ameeting",
        ["capacity"] = 30,
        ["region"] = "Bayern",
    };

    private async Task<string> CreateAsync(JsonObject form) =>
        Deliveries.Visible(await Deliveries.InvokeValueAsync(await bot.SendAsync(Deliveries.Editor(bot).Execute(EventInput.Verb, form))));

    /// The form's inputs as Teams sends them: every input, as text.
    private JsonObject Form(string endTime = "12:00", string onlineUrl = "") => new()
    {
        ["title"] = "Digitalwerkstatt Wohngeld",
        ["organiser"] = "BayKommun",
        ["startDate"] = $"{bot.Clock.GetUtcNow().Year + 1}-01-14",
        ["startTime"] = "10:00",
        ["endTime"] = endTime,
        ["endDate"] = "",
        ["timeZone"] = "Europe/Berlin",
        ["place"] = "Landratsamt Ebersberg",
        ["onlineUrl"] = onlineUrl,
        ["description"] = "",
        ["capacity"] = "30",
        ["topics"] = "",
        ["region"] = "alle",
        ["deadlineDate"] = "",
        ["deadlineTime"] = "",
    };

    /// The latest reply to `veranstaltungen` (Delivery may post an invite's edit after it, so not simply the last message).
    private JsonObject ListCard() =>
        bot.Channel.Messages.Last(m => m.CardJson.Contains("Anstehende Veranstaltungen", StringComparison.Ordinal)).Card!;
}
