using KommunalBot.Bot.Features.Broadcast.Events;
using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Tests.Features.Delivery;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Broadcast;

/// "Nobody gets the same reminder twice": the reminder goes to those who accepted a day before the start, once, through
/// several runs of the job and a restart of the bot on the same store; someone who accepts after it went out gets it too.
public sealed class EventReminderTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("kommunalbot-reminder-").FullName;

    private Dictionary<string, string?> SharedStore => new() { ["Storage:SqlitePath"] = Path.Combine(directory, "bot.db") };

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Reminder_SentOnceToThoseWhoAccepted_NotAgainAfterRestart_ALateZusageGetsItOnce()
    {
        BroadcastEvent ev;
        DateTimeOffset clock;
        await using (var bot = await BotApp.StartAsync(SharedStore))
        {
            await EventFixture.SubscribedAsync(bot, BotApp.AllowedTenant, 1);
            ev = await EventFixture.SentAsync(bot, EventFixture.Details(bot, capacity: null, startsIn: TimeSpan.FromDays(2)));
            foreach (var person in new[] { 1, 2, 3 })
            {
                await Deliveries.PersonalAsync(bot, EventFixture.Person(bot, person));
            }

            await EventFixture.AnswerAsync(bot, 1, ev.Id, RsvpAnswer.Zusage);
            await EventFixture.AnswerAsync(bot, 2, ev.Id, RsvpAnswer.Zusage);
            await EventFixture.AnswerAsync(bot, 3, ev.Id, RsvpAnswer.Vielleicht);

            await DeliveryFixture.UntilAsync(bot, () => Reminders(bot, 1) == 1 && Reminders(bot, 2) == 1, TimeSpan.FromMinutes(30));
            Assert.True(bot.Clock.GetUtcNow() >= ev.Details.StartUtc - TimeSpan.FromDays(1)); // not before the lead
            var runs = bot.Clock.GetUtcNow();
            await DeliveryFixture.UntilAsync(bot, () => bot.Clock.GetUtcNow() >= runs + TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(1)); // six more runs

            Assert.Equal(1, Reminders(bot, 1));
            Assert.Equal(1, Reminders(bot, 2));
            Assert.Equal(0, Reminders(bot, 3)); // Vielleicht is no Zusage
            clock = bot.Clock.GetUtcNow();
        }

        await using var restarted = await BotApp.StartAsync(SharedStore);
        restarted.Clock.SetUtcNow(clock);
        await Deliveries.PersonalAsync(restarted, EventFixture.Person(restarted, 4));
        await EventFixture.AnswerAsync(restarted, 4, ev.Id, RsvpAnswer.Zusage);

        await DeliveryFixture.UntilAsync(restarted, () => Reminders(restarted, 4) == 1, TimeSpan.FromMinutes(1));
        var report = await DeliveryFixture.SettledAsync(restarted, EventNotices.ReminderId(ev));

        Assert.Equal((3, 3, 0), (report.Total, report.Delivered, report.Failed)); // persons 1 and 2 from the first run, 4 now: nobody twice
        Assert.Equal(0, Reminders(restarted, 1));
        Assert.Equal(0, Reminders(restarted, 2));
    }

    [Fact]
    public async Task Reminder_CancelledEvent_NobodyIsReminded()
    {
        await using var bot = await BotApp.StartAsync(SharedStore);
        await EventFixture.SubscribedAsync(bot, BotApp.AllowedTenant, 1);
        var ev = await EventFixture.SentAsync(bot, EventFixture.Details(bot, capacity: null, startsIn: TimeSpan.FromDays(2)));
        await Deliveries.PersonalAsync(bot, EventFixture.Person(bot, 1));
        await EventFixture.AnswerAsync(bot, 1, ev.Id, RsvpAnswer.Zusage);
        await bot.Services.GetRequiredService<EventService>().CancelAsync(ev.Id, BotApp.AllowedTenant, BotApp.EditorObjectId, CancellationToken.None);
        await DeliveryFixture.UntilAsync(bot, () => EventFixture.PersonalTexts(bot, 1).Any(t => t.Contains("abgesagt", StringComparison.Ordinal)));

        await DeliveryFixture.UntilAsync(bot, () => bot.Clock.GetUtcNow() >= ev.Details.StartUtc, TimeSpan.FromMinutes(30));

        Assert.Equal(0, Reminders(bot, 1));
        Assert.Null(await bot.Services.GetRequiredService<IOutbox>().ReportAsync(EventNotices.ReminderId(ev), CancellationToken.None));
    }

    private static int Reminders(BotApp bot, int person) =>
        EventFixture.PersonalTexts(bot, person).Count(t => t.StartsWith("Erinnerung:", StringComparison.Ordinal));
}
