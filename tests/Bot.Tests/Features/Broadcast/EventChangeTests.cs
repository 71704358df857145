using System.Net;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Broadcast.Events;
using KommunalBot.Bot.Tests.Features.Consult;
using KommunalBot.Bot.Tests.Features.Delivery;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Broadcast;

/// A changed or cancelled event, through the admin API: every posted invite is edited, those who accepted or wait are
/// told in 1:1, a larger capacity gives the waiting a place, and a cancelled invite has no RSVP buttons left.
public sealed class EventChangeTests : BotTest
{
    [Fact]
    public async Task Change_LaterAndMorePlaces_EditsEveryPostedCard_TellsAttendees_PromotesTheWaiting()
    {
        var channels = await EventFixture.SubscribedAsync(bot, BotApp.AllowedTenant, 2);
        var ev = await EventFixture.SentAsync(bot, EventFixture.Details(bot, capacity: 1));
        await AnswersAsync(ev, (1, RsvpAnswer.Zusage), (2, RsvpAnswer.Zusage), (3, RsvpAnswer.Absage));
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var newStart = TimeZoneInfo.ConvertTime(ev.Details.StartUtc, zone).AddDays(1);

        using var response = await EventFixture.AdminAsync(bot, HttpMethod.Put, $"/admin/broadcast/events/{ev.Id}", BotApp.EditorObjectId, new JsonObject
        {
            ["title"] = ev.Details.Title,
            ["organiser"] = "BayKommun",
            ["start"] = newStart.ToString("yyyy-MM-dd'T'HH:mm"),
            ["end"] = newStart.AddHours(3).ToString("yyyy-MM-dd'T'HH:mm"),
            ["place"] = "Landratsamt Ebersberg, Raum 2",
            ["capacity"] = 2,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await DeliveryFixture.SettledAsync(bot, ev.ContentId);
        foreach (var channel in channels)
        {
            var card = EventFixture.Texts(EventFixture.Posted(bot, channel.ConversationId));
            Assert.Contains(newStart.ToString("dd.MM.yyyy HH:mm"), card, StringComparison.Ordinal);
            Assert.Contains("Raum 2", card, StringComparison.Ordinal);
            Assert.Contains("Zusagen | 2/2", card, StringComparison.Ordinal); // person 2 moved up from the waiting list
        }

        await DeliveryFixture.UntilAsync(bot, () => EventFixture.PersonalTexts(bot, 2).Count == 2);
        Assert.Contains("wurde geändert", Assert.Single(EventFixture.PersonalTexts(bot, 1)), StringComparison.Ordinal);
        Assert.Contains(EventFixture.PersonalTexts(bot, 2), t => t.StartsWith("Ein Platz ist frei geworden", StringComparison.Ordinal));
        Assert.Empty(EventFixture.PersonalTexts(bot, 3)); // declined: not concerned
    }

    [Fact]
    public async Task Cancel_CardsSayAbgesagtWithoutButtons_AttendeesAreTold_AnswersAreRefused()
    {
        var channels = await EventFixture.SubscribedAsync(bot, BotApp.AllowedTenant, 2);
        var ev = await EventFixture.SentAsync(bot, EventFixture.Details(bot, capacity: 1));
        await AnswersAsync(ev, (1, RsvpAnswer.Zusage), (2, RsvpAnswer.Zusage));

        using var response = await EventFixture.AdminAsync(bot, HttpMethod.Post, $"/admin/broadcast/events/{ev.Id}/cancel", BotApp.EditorObjectId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await DeliveryFixture.SettledAsync(bot, ev.ContentId);
        foreach (var channel in channels)
        {
            var card = EventFixture.Posted(bot, channel.ConversationId);
            Assert.Contains("Diese Veranstaltung wurde abgesagt.", EventFixture.Texts(card), StringComparison.Ordinal);
            Assert.DoesNotContain("broadcast.event.rsvp", card.ToJsonString(), StringComparison.Ordinal);
        }

        await DeliveryFixture.UntilAsync(bot, () => EventFixture.PersonalTexts(bot, 1).Count == 1 && EventFixture.PersonalTexts(bot, 2).Count == 1);
        Assert.Contains("wurde abgesagt", EventFixture.PersonalTexts(bot, 2)[0], StringComparison.Ordinal); // the waiting are told too
        var late = await EventFixture.AnswerAsync(bot, 5, ev.Id, RsvpAnswer.Zusage);
        Assert.Equal("Diese Veranstaltung wurde abgesagt. Antworten sind nicht mehr möglich.", (string?)late["value"]);
        Assert.Equal(HttpStatusCode.Conflict, (await EventFixture.AdminAsync(bot, HttpMethod.Post, $"/admin/broadcast/events/{ev.Id}/send", BotApp.EditorObjectId)).StatusCode);
    }

    [Fact]
    public async Task CancelInTeams_EditorConfirmsOnTheList_CardsSayAbgesagt_AMembersForgedPressChangesNothing()
    {
        var channels = await EventFixture.SubscribedAsync(bot, BotApp.AllowedTenant, 2);
        var ev = await EventFixture.SentAsync(bot, EventFixture.Details(bot, capacity: 5));
        await AnswersAsync(ev, (1, RsvpAnswer.Zusage));
        JsonObject Press() => new() { ["eventId"] = ev.Id };

        var forged = await Deliveries.InvokeValueAsync(await bot.SendAsync(bot.Activity().Execute(EventCancelActionData.Verb, Press())));
        await bot.SendAsync(bot.Activity().Message("veranstaltungen"));
        Assert.DoesNotContain(EventCancelActionData.Verb, Deliveries.Visible(ListCard())); // a member gets no button
        Assert.Equal(EventState.Scheduled, (await bot.Services.GetRequiredService<EventStore>().GetAsync(ev.Id, CancellationToken.None))!.Event.State);
        Assert.DoesNotContain("abgesagt", (string?)forged, StringComparison.OrdinalIgnoreCase);

        await bot.SendAsync(Deliveries.Editor(bot).Message("veranstaltungen"));
        var list = ListCard();
        var done = await Deliveries.InvokeValueAsync(
            await bot.SendAsync(Deliveries.Editor(bot).Execute(EventCancelActionData.Verb, CardButtons.Data(list, EventCancelActionData.Verb))));

        Assert.Contains("ist abgesagt", (string?)done, StringComparison.Ordinal);
        await DeliveryFixture.SettledAsync(bot, ev.ContentId);
        foreach (var channel in channels)
        {
            var card = EventFixture.Posted(bot, channel.ConversationId);
            Assert.Contains("Diese Veranstaltung wurde abgesagt.", EventFixture.Texts(card), StringComparison.Ordinal);
            Assert.DoesNotContain("broadcast.event.rsvp", card.ToJsonString(), StringComparison.Ordinal);
        }

        await DeliveryFixture.UntilAsync(bot, () => EventFixture.PersonalTexts(bot, 1).Count == 1);
        Assert.Contains("wurde abgesagt", EventFixture.PersonalTexts(bot, 1)[0], StringComparison.Ordinal);
        var again = await Deliveries.InvokeValueAsync(await bot.SendAsync(Deliveries.Editor(bot).Execute(EventCancelActionData.Verb, Press())));
        Assert.Equal("Diese Veranstaltung ist bereits abgesagt.", (string?)again);
    }

    [Fact]
    public async Task ChangeInTeams_EditorGetsTheFormFilledIn_SavingEditsTheInvites_AndTellsAttendees()
    {
        var channels = await EventFixture.SubscribedAsync(bot, BotApp.AllowedTenant, 2);
        var ev = await EventFixture.SentAsync(bot, EventFixture.Details(bot, capacity: 5));
        await AnswersAsync(ev, (1, RsvpAnswer.Zusage));

        await bot.SendAsync(Deliveries.Editor(bot).Message("veranstaltungen"));
        var list = ListCard();
        var form = await Deliveries.InvokeValueAsync(
            await bot.SendAsync(Deliveries.Editor(bot).Execute(EventEditActionData.Verb, CardButtons.Data(list, EventEditActionData.Verb))));
        var input = Inputs(form);
        Assert.Equal(ev.Details.Title, (string?)input["title"]);
        input["place"] = "Landratsamt Ebersberg, Raum 2";
        input["eventId"] = CardButtons.Data(form, EventInput.Verb)["eventId"]!.DeepClone();

        var saved = await Deliveries.InvokeValueAsync(await bot.SendAsync(Deliveries.Editor(bot).Execute(EventInput.Verb, input)));

        Assert.Contains("ist geändert", (string?)saved, StringComparison.Ordinal);
        await DeliveryFixture.SettledAsync(bot, ev.ContentId);
        Assert.All(channels, channel => Assert.Contains("Raum 2", EventFixture.Texts(EventFixture.Posted(bot, channel.ConversationId)), StringComparison.Ordinal));
        await DeliveryFixture.UntilAsync(bot, () => EventFixture.PersonalTexts(bot, 1).Count == 1);
        Assert.Contains("wurde geändert", EventFixture.PersonalTexts(bot, 1)[0], StringComparison.Ordinal);
        var forgedInput = input.DeepClone().AsObject();
        forgedInput["place"] = "Woanders";
        var forged = await Deliveries.InvokeValueAsync(await bot.SendAsync(bot.Activity().Execute(EventInput.Verb, forgedInput)));
        Assert.DoesNotContain("ist geändert", forged.ToJsonString(), StringComparison.Ordinal); // a member changes nothing
        Assert.Equal("Landratsamt Ebersberg, Raum 2", (await bot.Services.GetRequiredService<EventStore>().GetAsync(ev.Id, CancellationToken.None))!.Event.Details.Place);
    }

    /// The latest reply to `veranstaltungen` (Delivery may post an invite's edit after it, so not simply the last message).
    private JsonObject ListCard() =>
        bot.Channel.Messages.Last(m => m.CardJson.Contains("Anstehende Veranstaltungen", StringComparison.Ordinal)).Card!;

    /// What Teams sends with the form's button: every input's id with its value.
    private static JsonObject Inputs(JsonNode? node)
    {
        var inputs = new JsonObject();
        void Walk(JsonNode? n)
        {
            switch (n)
            {
                case JsonObject o when ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true:
                    inputs[(string)o["id"]!] = (o["value"] as JsonValue)?.ToString() ?? string.Empty;
                    break;
                case JsonObject o:
                    foreach (var property in o)
                    {
                        Walk(property.Value);
                    }

                    break;
                case JsonArray a:
                    foreach (var item in a)
                    {
                        Walk(item);
                    }

                    break;
            }
        }

        Walk(node);
        return inputs;
    }

    [Fact]
    public async Task ChangeAndCancel_ByAMember_AreForbidden_AndChangeNothing()
    {
        await EventFixture.SubscribedAsync(bot, BotApp.AllowedTenant, 1);
        var ev = await EventFixture.SentAsync(bot, EventFixture.Details(bot, capacity: 1));

        var cancel = await EventFixture.AdminAsync(bot, HttpMethod.Delete, $"/admin/broadcast/events/{ev.Id}", ActivityBuilder.UserAadObjectId);

        Assert.Equal(HttpStatusCode.Forbidden, cancel.StatusCode);
        Assert.Equal(EventState.Scheduled, (await bot.Services.GetRequiredService<EventStore>().GetAsync(ev.Id, CancellationToken.None))!.Event.State);
    }

    private async Task AnswersAsync(BroadcastEvent ev, params (int Person, RsvpAnswer Answer)[] answers)
    {
        foreach (var (person, answer) in answers)
        {
            await Deliveries.PersonalAsync(bot, EventFixture.Person(bot, person));
            await EventFixture.AnswerAsync(bot, person, ev.Id, answer);
        }
    }
}
