using KommunalBot.Bot.Features.Broadcast;
using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Resources;
using KommunalBot.Bot.Tests.TestHost;
using static KommunalBot.Bot.Tests.Features.Broadcast.BroadcastFixture;

namespace KommunalBot.Bot.Tests.Features.Broadcast;

/// Digests at their scheduled Berlin time, run by the digest job on the bot's clock, posted through Delivery.
public sealed class DigestTests : BotTest
{
    private const string NrwChannel = "19:channel-koeln@thread.tacv2";

    protected override Dictionary<string, string?> Settings => BroadcastFixture.Settings();

    private DigestJob Job => bot.Services.GetRequiredService<DigestJob>();

    [Theory]
    [InlineData("2027-03-26T12:00:00Z", "2027-03-29T07:00:00Z")] // summer time from Sunday 28.03.: Monday 09:00 CEST
    [InlineData("2027-10-29T12:00:00Z", "2027-11-01T08:00:00Z")] // winter time from Sunday 31.10.: Monday 09:00 CET
    public async Task Digest_InTheWeekOfADaylightSavingChange_IsPostedAtNineInBerlin(string subscribed, string expected)
    {
        var start = DateTimeOffset.Parse(subscribed);
        var due = DateTimeOffset.Parse(expected);
        bot.Clock.AdjustTime(start);
        await SubscribeAsync(bot);
        await AddItemAsync(bot, "bp-wohngeld", start.AddHours(2));

        await RunClockToAsync(bot, due - TimeSpan.FromMinutes(5), TimeSpan.FromHours(2));
        Assert.Empty(PostsIn(bot, Channel));
        await UntilAsync(bot, () => PostsIn(bot, Channel).Count > 0);

        var post = Assert.Single(PostsIn(bot, Channel));
        Assert.InRange(post.At, due, due + TimeSpan.FromMinutes(2));
        Assert.Contains("Titel bp-wohngeld", Text(post.Card));
        Assert.Contains("Stand: " + SubscriptionCards.Berlin(due), Text(post.Card));
        Assert.Equal("Digest: 1 neue Einträge", post.Body!["summary"]!.GetValue<string>());
        Assert.Equal(due, (await StoredAsync(bot))!.LastDigestUtc);
    }

    [Fact]
    public async Task Digest_WithoutNews_PostsNothing_ButTheNextHoldsOnlyWhatCameAfter()
    {
        var due = new DateTimeOffset(2027, 3, 29, 7, 0, 0, TimeSpan.Zero);
        bot.Clock.AdjustTime(due - TimeSpan.FromDays(3));
        await SubscribeAsync(bot);

        await RunClockToAsync(bot, due + TimeSpan.FromMinutes(5), TimeSpan.FromHours(2));
        await UntilAsync(bot, () => StoredAsync(bot).Result!.LastDigestUtc == due);

        Assert.Empty(PostsIn(bot, Channel));
    }

    [Fact]
    public async Task TwoTenants_EachGetExactlyOneDigest_OfOneContent_WithTheRestBehindMehrAnzeigen()
    {
        var due = new DateTimeOffset(2027, 3, 29, 7, 0, 0, TimeSpan.Zero);
        bot.Clock.AdjustTime(due - TimeSpan.FromDays(3));
        await SubscribeAsync(bot);
        await SubscribeAsync(bot, NrwChannel, NrwTenant);
        for (var i = 1; i <= 3; i++)
        {
            await AddItemAsync(bot, "bp-" + i, due - TimeSpan.FromDays(2) + TimeSpan.FromHours(i));
        }

        await RunClockToAsync(bot, due - TimeSpan.FromMinutes(5), TimeSpan.FromHours(2));
        await UntilAsync(bot, () => PostsIn(bot, Channel).Count > 0 && PostsIn(bot, NrwChannel).Count > 0);
        await RunClockToAsync(bot, due + TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(1)); // later runs send nothing more

        var bayern = Assert.Single(PostsIn(bot, Channel));
        Assert.Single(PostsIn(bot, NrwChannel));
        var items = await bot.Services.GetRequiredService<DigestItemStore>().ListAsync(due.AddDays(-3), due, CancellationToken.None);
        var report = await bot.Services.GetRequiredService<IOutbox>().ReportAsync(Digests.ContentId(due, Texts.German, items), CancellationToken.None);
        Assert.Equal(2, report?.Total); // one content for both channels
        var card = Text(bayern.Card);
        Assert.Contains("3 neue Einträge für diesen Kanal", card);
        Assert.True(card.IndexOf("Titel bp-3", StringComparison.Ordinal) < card.IndexOf("Titel bp-2", StringComparison.Ordinal)); // newest first
        Assert.Contains("\"type\":\"Action.ShowCard\",\"title\":\"Mehr anzeigen (1 weitere)\"", card); // Broadcast:DigestMaxItems is 2 here
    }

    [Fact]
    public async Task Digest_HoldsOnlyItemsOfTheChannelsKindsTopicsAndRegion()
    {
        var due = new DateTimeOffset(2027, 3, 29, 7, 0, 0, TimeSpan.Zero);
        bot.Clock.AdjustTime(due - TimeSpan.FromDays(3));
        await SubscribeAsync(bot, a => To(a, Channel), kinds: "BestPractice", topics: "Familie & Kind", region: "Oberbayern");
        var published = due - TimeSpan.FromDays(1);
        await AddItemAsync(bot, "bayernweit", published, BroadcastKind.BestPractice, "Bayern", "Familie & Kind");
        await AddItemAsync(bot, "ohne-thema", published, BroadcastKind.BestPractice, "Oberbayern");
        await AddItemAsync(bot, "in-nrw", published, BroadcastKind.BestPractice, "NRW", "Familie & Kind");
        await AddItemAsync(bot, "anderes-thema", published, BroadcastKind.BestPractice, "Oberbayern", "Bauen & Wohnen");
        await AddItemAsync(bot, "veranstaltung", published, BroadcastKind.Event, "Oberbayern", "Familie & Kind");

        await RunClockToAsync(bot, due - TimeSpan.FromMinutes(5), TimeSpan.FromHours(2));
        await UntilAsync(bot, () => PostsIn(bot, Channel).Count > 0);

        var card = Text(Assert.Single(PostsIn(bot, Channel)).Card);
        Assert.Contains("2 neue Einträge", card);
        Assert.Contains("Titel bayernweit", card); // a Bavarian item reaches a channel in Oberbayern
        Assert.Contains("Titel ohne-thema", card); // an item without topics is for every topic
        Assert.DoesNotContain("Titel in-nrw", card);
        Assert.DoesNotContain("Titel anderes-thema", card);
        Assert.DoesNotContain("Titel veranstaltung", card);
    }

    [Fact]
    public async Task ARunRepeatedAfterACrashBeforeLastDigestWasSaved_PostsNothingTwice()
    {
        var due = new DateTimeOffset(2027, 3, 29, 7, 0, 0, TimeSpan.Zero);
        var start = due - TimeSpan.FromDays(3);
        bot.Clock.AdjustTime(start);
        await SubscribeAsync(bot);
        await AddItemAsync(bot, "bp-1", start.AddHours(1));
        var contentId = Digests.ContentId(due, Texts.German, await bot.Services.GetRequiredService<DigestItemStore>().ListAsync(start, due, CancellationToken.None));
        await RunClockToAsync(bot, due - TimeSpan.FromMinutes(5), TimeSpan.FromHours(2));
        await UntilAsync(bot, () => PostsIn(bot, Channel).Count > 0);
        await Delivery.DeliveryFixture.SettledAsync(bot, contentId);

        // What a crash between the enqueue and saving LastDigestUtc leaves: the subscription as before the run.
        await bot.Services.GetRequiredService<SubscriptionStore>().UpdateAsync(Channel, s => s with { LastDigestUtc = start }, CancellationToken.None);
        var again = await Job.RunDueAsync(CancellationToken.None);
        await Delivery.DeliveryFixture.SettledAsync(bot, contentId);

        Assert.All(again.Groups, g => Assert.Equal(contentId, g.ContentId)); // (the job's own run may have been first)
        Assert.Equal(due, (await StoredAsync(bot))!.LastDigestUtc); // the repeated run went through
        Assert.Single(PostsIn(bot, Channel));
    }
}
