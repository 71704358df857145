using KommunalBot.Bot.Features.Consult;
using KommunalBot.Bot.Tests.Features.Delivery;
using KommunalBot.Bot.Tests.TestHost;
using static KommunalBot.Bot.Tests.Features.Consult.ConsultRelayFixture;

namespace KommunalBot.Bot.Tests.Features.Consult;

/// A request nobody takes within its SLA (business hours, Berlin) is escalated once, with an @mention of the pool's
/// lead in its thread; after a restart, what fell due meanwhile is escalated at the job's first run.
public sealed class ConsultSlaEscalationTests : IAsyncLifetime
{
    private readonly string directory = Directory.CreateTempSubdirectory("kommunalbot-sla-").FullName;

    private Dictionary<string, string?> SharedStore => Settings(new() { ["Storage:SqlitePath"] = Path.Combine(directory, "shared.db") });

    [Fact]
    public async Task RequestOnFridayBeforeAllerheiligen_IsEscalatedOnTuesday_WithTheLeadMentionedInItsThread()
    {
        await using var bot = await BotApp.StartAsync(SharedStore);
        // Friday 29.10.2027, 14:00 in Berlin (CEST). Saturday, Sunday (the DST change) and Monday, Allerheiligen in
        // Bavaria, do not count: 2 h on Friday, 6 h on Tuesday 02.11. → due 14:00 CET = 13:00 UTC.
        bot.Clock.AdjustTime(new DateTimeOffset(2027, 10, 29, 12, 0, 0, TimeSpan.Zero));
        await InstallAllAsync(bot);
        var channel = await BindPoolAsync(bot);
        var request = await CreateAsync(bot);
        var thread = await PostCardAsync(bot, channel, request.Id);
        var due = new DateTimeOffset(2027, 11, 2, 13, 0, 0, TimeSpan.Zero);
        Assert.Equal(due, request.SlaDueUtc);

        while (bot.Clock.GetUtcNow() < due - TimeSpan.FromMinutes(10))
        {
            var left = due - TimeSpan.FromMinutes(10) - bot.Clock.GetUtcNow();
            bot.Clock.Advance(left < TimeSpan.FromHours(2) ? left : TimeSpan.FromHours(2)); // the job runs at each step, before the due time
            await Task.Delay(20);
        }

        Assert.Null((await StoredAsync(bot, request.Id)).EscalatedUtc);
        await DeliveryFixture.UntilAsync(bot, () => PostsIn(bot, thread).Count > 0, TimeSpan.FromSeconds(20));

        var escalated = await StoredAsync(bot, request.Id);
        var entry = Assert.Single(escalated.History, h => h.Kind == ConsultActionKind.Escalate);
        Assert.InRange(entry.At, due, due + TimeSpan.FromMinutes(2));
        Assert.Equal((ConsultStatus.Neu, entry.At), (escalated.Status, escalated.EscalatedUtc));
        var post = Assert.Single(PostsIn(bot, thread));
        // The fake Teams answers the member lookup with this name; the mention's text must occur in the message text.
        Assert.StartsWith("<at>Erika Mustermann</at> Die Anfrage **" + request.Id + "**", post.Text);
        Assert.Contains("war bis 02.11.2027 14:00 Uhr zu übernehmen", post.Text);
        var mention = post.Body!["entities"]![0]!;
        Assert.Equal(("mention", "<at>Erika Mustermann</at>", Anna), (
            mention["type"]!.GetValue<string>(), mention["text"]!.GetValue<string>(), mention["mentioned"]!["id"]!.GetValue<string>()));

        bot.Clock.Advance(TimeSpan.FromMinutes(5)); // later runs: escalated once, mentioned once
        await Task.Delay(200);
        Assert.Single((await StoredAsync(bot, request.Id)).History, h => h.Kind == ConsultActionKind.Escalate);
        Assert.Single(PostsIn(bot, thread));
    }

    [Fact]
    public async Task RequestTakenBeforeItsDueTime_IsNotEscalated()
    {
        await using var bot = await BotApp.StartAsync(SharedStore);
        bot.Clock.AdjustTime(new DateTimeOffset(2027, 10, 29, 12, 0, 0, TimeSpan.Zero));
        var request = await CreateAsync(bot);
        await MoveAsync(bot, request.Id, BerndActor, ConsultActionKind.Claim);

        bot.Clock.AdjustTime(new DateTimeOffset(2027, 11, 3, 12, 0, 0, TimeSpan.Zero));
        var escalated = await bot.Services.GetRequiredService<ConsultSlaJob>().EscalateDueAsync(CancellationToken.None);

        Assert.Equal(0, escalated);
        Assert.DoesNotContain((await StoredAsync(bot, request.Id)).History, h => h.Kind == ConsultActionKind.Escalate);
    }

    [Fact]
    public async Task RequestThatFellDueWhileTheBotWasDown_IsEscalatedAtTheFirstRunAfterTheRestart()
    {
        string id;
        await using (var before = await BotApp.StartAsync(SharedStore))
        {
            before.Clock.AdjustTime(before.Clock.GetUtcNow() - TimeSpan.FromDays(14)); // two weeks ago: long past its 8 business hours
            id = (await CreateAsync(before)).Id;
        }

        await using var after = await BotApp.StartAsync(SharedStore);
        var started = after.Clock.GetUtcNow();
        await DeliveryFixture.UntilAsync(after, () => StoredAsync(after, id).Result.EscalatedUtc is not null);

        var entry = Assert.Single((await StoredAsync(after, id)).History, h => h.Kind == ConsultActionKind.Escalate);
        Assert.True(entry.At - started < TimeSpan.FromMinutes(1), $"escalated at {entry.At:O}, started {started:O}: not at the first run");

        // The pool's channel is bound only now (the stored one pointed at the old instance's Teams): the mention that
        // could not go out yet follows at a later run.
        await InstallAllAsync(after);
        var channel = await BindPoolAsync(after);
        await DeliveryFixture.UntilAsync(after, () => PostsIn(after, channel.ConversationId).Count > 0, TimeSpan.FromSeconds(5));

        Assert.Contains("Die Anfrage **" + id + "**", Assert.Single(PostsIn(after, channel.ConversationId)).Text);
        Assert.Single((await StoredAsync(after, id)).History, h => h.Kind == ConsultActionKind.Escalate);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
        return Task.CompletedTask;
    }
}
