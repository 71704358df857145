using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Broadcast.Events;
using KommunalBot.Bot.Tests.Features.Delivery;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Broadcast;

/// The "Done when": RSVP counts are right under 50 concurrent answers. 50 people press "Zusage" on an invite
/// with 30 places at the same moment (50 signed invokes over HTTP at once).
public sealed class EventRsvpRaceTests : BotTest
{
    [Fact]
    public async Task FiftyZusagenAtOnce_ThirtyPlaces_ThirtyAcceptedTwentyWaitingInOrder_CardShowsTheCounts()
    {
        var channel = (await EventFixture.SubscribedAsync(bot, BotApp.AllowedTenant, 1))[0];
        var ev = await EventFixture.SentAsync(bot, EventFixture.Details(bot, capacity: 30));

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => EventFixture.AnswerAsync(bot, i, ev.Id, RsvpAnswer.Zusage)));

        var stored = (await bot.Services.GetRequiredService<EventStore>().GetAsync(ev.Id, CancellationToken.None))!.Event;
        Assert.Equal(50, stored.Rsvps.Count);
        Assert.Equal(30, stored.Count(RsvpStatus.Accepted));
        Assert.Equal(20, stored.Count(RsvpStatus.Waiting));
        // Each presser sees their own answer; the waiting list has places 1..20, each once.
        var mine = responses.Select(r => (string?)r["type"] == "application/vnd.microsoft.card.adaptive" ? EventFixture.Texts(r["value"]) : "").ToList();
        Assert.Equal(30, mine.Count(t => t.Contains("Sie haben zugesagt.", StringComparison.Ordinal)));
        var places = Enumerable.Range(1, 20).Where(p => mine.Count(t => t.Contains($"Sie stehen auf der Warteliste (Platz {p}).", StringComparison.Ordinal)) == 1);
        Assert.Equal(20, places.Count());

        await DeliveryFixture.SettledAsync(bot, ev.ContentId);
        var card = EventFixture.Texts(EventFixture.Posted(bot, channel.ConversationId));
        Assert.Contains("Zusagen | 30/30", card, StringComparison.Ordinal);
        Assert.Contains("Warteliste | 20", card, StringComparison.Ordinal);
        Assert.Contains("Vielleicht | 0", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Sie haben", card, StringComparison.Ordinal); // the channel's copy names nobody's answer
    }
}
