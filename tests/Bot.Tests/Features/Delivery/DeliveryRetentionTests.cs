using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Tests.Features.Privacy;
using KommunalBot.Bot.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KommunalBot.Bot.Tests.Features.Delivery;

/// Storage limitation: a send settled longer ago than Delivery:Retention goes with its records and index entries;
/// one still sending, or settled recently, stays.
public sealed class DeliveryRetentionTests : BotTest
{
    [Fact]
    public async Task Purge_AfterTheRetention_DeletesSettledContentsWithEverythingThatBelongsToThem()
    {
        var channel = await Deliveries.ChannelAsync(bot);
        var person = await Deliveries.PersonalAsync(bot, new TestPerson().In(bot.Activity()));
        await Deliveries.SendAsync(bot, Deliveries.Content("broadcast-digest-2027-03", "Digest März"), channel, person);
        await Deliveries.RewriteAsync(bot, "broadcast-digest-2027-03", person, DeliveryState.Failed, "403 Forbidden");
        await Deliveries.SendAsync(bot, Deliveries.Content("broadcast-event-2027-0007", "Einladung, noch unterwegs"), channel, person);
        await Deliveries.RewriteAsync(bot, "broadcast-event-2027-0007", channel, DeliveryState.Pending);
        await Deliveries.SendAsync(bot, Deliveries.Content("consult-bk-2027-0099-closed", "Anfrage abgeschlossen"), person);
        // Ninety days later (the default), without firing ninety days of job timers: the purge is called directly.
        bot.Clock.AdjustTime(bot.Clock.GetUtcNow() + TimeSpan.FromDays(90) + TimeSpan.FromMinutes(1));
        await Deliveries.CompleteAsync(bot, "consult-bk-2027-0099-closed", bot.Clock.GetUtcNow()); // its last retry settled just now

        var purged = await bot.Services.GetRequiredService<DeliveryRetention>().PurgeAsync(CancellationToken.None);

        Assert.Equal(1, purged);
        var left = (await Deliveries.KeysAsync(bot, "delivery")).Select(Uri.UnescapeDataString).ToList();
        Assert.DoesNotContain(left, k => k.Contains("broadcast-digest-2027-03", StringComparison.Ordinal));
        Assert.Equal(2, left.Count(k => k.StartsWith("delivery/broadcast-event-2027-0007/", StringComparison.Ordinal)));
        Assert.Single(left, k => k.StartsWith("delivery/consult-bk-2027-0099-closed/", StringComparison.Ordinal));
        Assert.Equal(2, left.Count(k => k.StartsWith(DeliveryPersonIndex.Prefix, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Purge_OfAContentRecalledAfterItSettled_WaitsUntilTheRecallIsDone()
    {
        var channel = await Deliveries.ChannelAsync(bot);
        await Deliveries.SendAsync(bot, Deliveries.Content("broadcast-digest-2027-03", "Digest März"), channel);
        bot.Clock.AdjustTime(bot.Clock.GetUtcNow() + TimeSpan.FromDays(91));
        await Deliveries.Outbox(bot).RecallAsync("broadcast-digest-2027-03", RecallMode.Replace, CancellationToken.None);

        var purged = await bot.Services.GetRequiredService<DeliveryRetention>().PurgeAsync(CancellationToken.None);

        Assert.Equal(0, purged);
        Assert.NotNull(await Deliveries.StoredAsync(bot, "broadcast-digest-2027-03"));
    }
}
