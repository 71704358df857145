using System.Net;
using Ical.Net;
using KommunalBot.Bot.Features.Broadcast.Events;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Broadcast;

/// `GET /events/{id}.ics`: an RFC 5545 file that Ical.Net reads back with the event at the right instant in winter and
/// in summer time, a VTIMEZONE that defines Europe/Berlin's both halves, no personal data, and the cancellation.
public sealed class EventCalendarTests : BotTest
{
    protected override Dictionary<string, string?> Settings => new() { ["Broadcast:PublicBaseUrl"] = "https://kommunalbot.example.de/" };

    [Theory]
    [InlineData(1, 14, 1)] // winter: Europe/Berlin is UTC+1
    [InlineData(7, 8, 2)] // summer: UTC+2
    public async Task Calendar_ParsedBack_HasTheEventAtTheRightInstants(int month, int day, int offsetHours)
    {
        var year = bot.Clock.GetUtcNow().Year + 1;
        var ev = await CreateAsync($"{year}-{month:00}-{day:00}", "10:00", "12:00");

        using var response = await bot.Http.GetAsync($"/events/{ev.Id}.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var text = await response.Content.ReadAsStringAsync();
        var calendar = Calendar.Load(text)!;
        var vevent = Assert.Single(calendar.Events);
        Assert.Equal(new DateTime(year, month, day, 10 - offsetHours, 0, 0, DateTimeKind.Utc), vevent.DtStart!.AsUtc);
        Assert.Equal(new DateTime(year, month, day, 12 - offsetHours, 0, 0, DateTimeKind.Utc), vevent.DtEnd!.AsUtc);
        Assert.Equal("Europe/Berlin", vevent.DtStart.TzId);
        Assert.Equal("Digitalwerkstatt Wohngeld", vevent.Summary);
        Assert.Equal("Landratsamt Ebersberg", vevent.Location);
        Assert.Equal(1, vevent.Sequence);
        var zone = Assert.Single(calendar.TimeZones);
        Assert.Equal("Europe/Berlin", zone.TzId);
        Assert.Contains("BEGIN:STANDARD", text, StringComparison.Ordinal);
        Assert.Contains("BEGIN:DAYLIGHT", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calendar_AfterAnswersAndCancellation_SaysCancelledWithANewSequence_AndNamesNobody()
    {
        var ev = await CreateAsync($"{bot.Clock.GetUtcNow().Year + 1}-01-14", "10:00", "12:00");
        var service = bot.Services.GetRequiredService<EventService>();
        await service.AnswerAsync(ev.Id, new RsvpPerson(BotApp.AllowedTenant, EventFixture.ObjectId(1), "29:1-person-1", "Erika Mustermann"), RsvpAnswer.Zusage, CancellationToken.None);
        await service.CancelAsync(ev.Id, BotApp.AllowedTenant, BotApp.EditorObjectId, CancellationToken.None);

        var text = await bot.Http.GetStringAsync($"/events/{ev.Id}.ics");

        var vevent = Assert.Single(Calendar.Load(text)!.Events);
        Assert.Equal("CANCELLED", vevent.Status);
        Assert.Equal(2, vevent.Sequence);
        Assert.DoesNotContain("Erika", text, StringComparison.Ordinal);
        Assert.DoesNotContain(EventFixture.ObjectId(1), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calendar_UnknownOrMalformedId_Is404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await bot.Http.GetAsync("/events/ev-aaaaaaaaaaaaaaaa.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bot.Http.GetAsync("/events/..%2Fconsult.ics")).StatusCode);
    }

    [Fact]
    public async Task InviteCard_LinksToTheCalendarFile_UnderThePublicAddress()
    {
        var year = bot.Clock.GetUtcNow().Year + 1;
        var ev = await CreateAsync($"{year}-01-14", "10:00", "12:00");

        var card = bot.Services.GetRequiredService<EventCards>().Data(ev, null, EventCards.Shared);

        Assert.Equal($"https://kommunalbot.example.de/events/{ev.Id}.ics", card.CalendarUrl);
        Assert.Equal($"14.01.{year} 10:00 – 12:00", card.When);
        Assert.Null(card.WhenLocal);
    }

    private async Task<BroadcastEvent> CreateAsync(string date, string from, string to)
    {
        var input = new EventInput
        {
            Title = "Digitalwerkstatt Wohngeld", Organiser = "BayKommun", StartDate = date, StartTime = from, EndTime = to,
            Place = "Landratsamt Ebersberg",
        };
        var (details, errors) = input.Check(bot.Clock.GetUtcNow());
        Assert.Empty(errors);
        var created = await bot.Services.GetRequiredService<EventService>().CreateAsync(details!, [], BotApp.AllowedTenant, BotApp.EditorObjectId, CancellationToken.None);
        return Assert.IsType<EventOutcome.Done>(created).Event;
    }
}
