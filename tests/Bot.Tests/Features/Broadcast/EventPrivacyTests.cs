using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Broadcast.Events;
using KommunalBot.Bot.Tests.Features.Delivery;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Broadcast;

/// DSGVO through the privacy admin API: the export holds a person's answers and the events they created; erasure
/// removes the answers (the place goes to the first waiting, who is told) and the creator's name from their events.
public sealed class EventPrivacyTests : BotTest
{
    [Fact]
    public async Task ExportThenErase_AnswersGo_ThePlaceGoesToTheWaiting_TheEventStaysWithoutItsCreator()
    {
        var channel = (await EventFixture.SubscribedAsync(bot, BotApp.AllowedTenant, 1))[0];
        var ev = await EventFixture.SentAsync(bot, EventFixture.Details(bot, capacity: 1));
        await Deliveries.PersonalAsync(bot, EventFixture.Person(bot, 2));
        await EventFixture.AnswerAsync(bot, 1, ev.Id, RsvpAnswer.Zusage);
        await EventFixture.AnswerAsync(bot, 2, ev.Id, RsvpAnswer.Zusage);

        var export = JsonNode.Parse(await (await EventFixture.AdminAsync(bot, HttpMethod.Get, $"/admin/personal-data/{EventFixture.ObjectId(1)}", BotApp.AdminObjectId)).Content.ReadAsStringAsync())!;
        var answer = Assert.Single(export["broadcastEvents"]!.AsArray())!;
        Assert.Equal(("attendee", ev.Id, "Accepted", "Person 1"), ((string?)answer["role"], (string?)answer["eventId"], (string?)answer["answer"], (string?)answer["name"]));

        await EventFixture.AdminAsync(bot, HttpMethod.Delete, $"/admin/personal-data/{EventFixture.ObjectId(1)}", BotApp.AdminObjectId);
        await EventFixture.AdminAsync(bot, HttpMethod.Delete, $"/admin/personal-data/{BotApp.EditorObjectId}", BotApp.AdminObjectId);

        var stored = (await bot.Services.GetRequiredService<EventStore>().GetAsync(ev.Id, CancellationToken.None))!.Event;
        Assert.Equal(EventFixture.ObjectId(2), Assert.Single(stored.Rsvps, r => r.Status == RsvpStatus.Accepted).Person.ObjectId);
        Assert.DoesNotContain(stored.Rsvps, r => r.Person.ObjectId == EventFixture.ObjectId(1));
        Assert.Equal(EventPersonalData.ErasedObjectId, stored.CreatedBy);
        Assert.DoesNotContain(BotApp.EditorObjectId, stored.OrganiserObjectIds);
        await DeliveryFixture.UntilAsync(bot, () => EventFixture.PersonalTexts(bot, 2).Any(t => t.StartsWith("Ein Platz ist frei geworden", StringComparison.Ordinal)));
        await DeliveryFixture.SettledAsync(bot, ev.ContentId);
        var card = EventFixture.Texts(EventFixture.Posted(bot, channel.ConversationId));
        Assert.Contains("Zusagen | 1/1", card, StringComparison.Ordinal);
        Assert.Contains("Warteliste | 0", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retention_DeletesEventsThatEndedLongerAgo_KeepsTheOthers()
    {
        var service = bot.Services.GetRequiredService<EventService>();
        var retention = new KommunalBot.Bot.Features.Broadcast.BroadcastOptions().Retention;
        async Task<BroadcastEvent> CreateAsync(TimeSpan endsIn)
        {
            var details = EventFixture.Details(bot, capacity: null, startsIn: endsIn - TimeSpan.FromHours(2));
            var created = await service.CreateAsync(details, [], BotApp.AllowedTenant, BotApp.EditorObjectId, CancellationToken.None);
            return Assert.IsType<EventOutcome.Done>(created).Event;
        }

        var old = await CreateAsync(-retention - TimeSpan.FromDays(1));
        var recent = await CreateAsync(-retention + TimeSpan.FromDays(1));

        var deleted = await bot.Services.GetRequiredService<EventRetention>().PurgeAsync(CancellationToken.None);

        Assert.Equal(1, deleted);
        var store = bot.Services.GetRequiredService<EventStore>();
        Assert.Null(await store.GetAsync(old.Id, CancellationToken.None));
        Assert.NotNull(await store.GetAsync(recent.Id, CancellationToken.None));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await bot.Http.GetAsync($"/events/{old.Id}.ics")).StatusCode);
    }
}
