using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Tests.TestHost;
using static KommunalBot.Bot.Tests.Features.Delivery.DeliveryFixture;

namespace KommunalBot.Bot.Tests.Features.Delivery;

/// The outbox end to end: enqueue through IOutbox, the sender (a background job of the real bot) posts to the fake
/// channel's Connector over HTTP, time runs on the bot's FakeTimeProvider.
public sealed class DeliverySenderTests : IAsyncLifetime
{
    private const string TenantA = "tenant-a";
    private const string TenantB = "tenant-b";

    private readonly List<ConversationReference> gone = [];
    private BotApp bot = null!;

    private IOutbox Outbox => bot.Services.GetRequiredService<IOutbox>();

    public async Task InitializeAsync()
    {
        await StartAsync(null);
        await TrustAsync();
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task Fanout_ToChannelsOfTwoTenants_PostsTheCardOnceIntoEachWithItsSummary()
    {
        var channels = (await ChannelsAsync(bot, TenantA, 3)).Concat(await ChannelsAsync(bot, TenantB, 2)).ToList();

        var outcome = await Outbox.EnqueueAsync(Card("digest-1"), To(channels), CancellationToken.None);
        var report = await SettledAsync(bot, "digest-1");

        var queued = Assert.IsType<EnqueueOutcome.Queued>(outcome);
        Assert.Equal((5, 0, 0), (queued.New, queued.Existing, queued.Refused.Count));
        Assert.Equal((5, 5, 0, 0, 0), (report.Total, report.Delivered, report.Failed, report.Retired, report.Unknown));
        var posts = Posts(bot);
        Assert.Equal(channels.Select(c => c.ConversationId).Order(), posts.Select(p => p.ConversationId!).Order());
        Assert.All(posts, post =>
        {
            Assert.Equal("Neue Veranstaltung: EfA-Wohngeld in der Praxis", post.Body!["summary"]!.GetValue<string>()); // the toast, not "sent a card"
            Assert.NotNull(post.Card);
        });
        var status = await Outbox.FindAsync("digest-1", channels[0].ConversationId, CancellationToken.None);
        Assert.Equal(DeliveryState.Sent, status!.State);
        Assert.NotNull(status.ActivityId); // kept for update and recall
    }

    [Fact]
    public async Task Enqueue_SameContentAndRecipientsTwice_PostsOnce()
    {
        var channels = await ChannelsAsync(bot, TenantA, 2);

        await Outbox.EnqueueAsync(Card("invite-1"), To(channels), CancellationToken.None);
        await SettledAsync(bot, "invite-1");
        var again = await Outbox.EnqueueAsync(Card("invite-1"), To(channels), CancellationToken.None);
        bot.Clock.Advance(TimeSpan.FromMinutes(5));
        await SettledAsync(bot, "invite-1");

        var queued = Assert.IsType<EnqueueOutcome.Queued>(again);
        Assert.Equal((0, 2), (queued.New, queued.Existing));
        Assert.Equal(2, Posts(bot).Count);
    }

    [Fact]
    public async Task TwentyMessagesToOneChannel_StayWithinTeamsLimitsPerConversation()
    {
        var channel = await ChannelsAsync(bot, TenantA, 1);

        for (var i = 0; i < 20; i++)
        {
            await Outbox.EnqueueAsync(Card($"note-{i}"), To(channel), CancellationToken.None);
        }

        await UntilAsync(bot, () => Posts(bot).Count >= 20, TimeSpan.FromMilliseconds(50));

        var posts = Posts(bot);
        Assert.Equal(20, posts.Count);
        Assert.True(MostIn(posts, TimeSpan.FromSeconds(1)) <= 7, "more than 7 in a second");
        Assert.True(MostIn(posts, TimeSpan.FromSeconds(2)) <= 8, "more than 8 in two seconds");
        // 8 per 2 s allow 20 messages no sooner than 4 s after the first: the sender was not slower than twice that.
        var took = posts.Max(p => p.At) - posts.Min(p => p.At);
        Assert.InRange(took, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8));
    }

    [Fact]
    public async Task ManyChannelsOfOneTenant_AtMost50PerSecond_AndAnotherTenantIsNotHeldBack()
    {
        var large = await ChannelsAsync(bot, TenantA, 120);
        var small = await ChannelsAsync(bot, TenantB, 5);
        var start = bot.Clock.GetUtcNow();

        await Outbox.EnqueueAsync(Card("news-1"), To(large.Concat(small)), CancellationToken.None);
        await SettledAsync(bot, "news-1", TimeSpan.FromMilliseconds(50));

        var posts = Posts(bot);
        var ofLarge = posts.Where(p => p.ConversationId!.Contains(TenantA, StringComparison.Ordinal)).ToList();
        Assert.Equal(120, ofLarge.Count);
        Assert.True(MostIn(ofLarge, TimeSpan.FromSeconds(1)) <= 50, "more than 50 calls in a second for one tenant");
        Assert.All(posts.Where(p => p.ConversationId!.Contains(TenantB, StringComparison.Ordinal)),
            post => Assert.True(post.At - start < TimeSpan.FromSeconds(1), "the small tenant waited behind the large one"));
        Assert.InRange(ofLarge.Max(p => p.At) - start, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)); // 120 at 50/s: 2 s by the limits
    }

    [Fact]
    public async Task Throttled_WithRetryAfter_PausesOnlyThatTenantForThatLong()
    {
        await RestartAsync(new() { ["Delivery:MaxInFlight"] = "1" }); // one call at a time: the largest tenant's goes first
        var a = await ChannelsAsync(bot, TenantA, 4);
        var b = await ChannelsAsync(bot, TenantB, 3);
        bot.Channel.FailNext(1, 429, retryAfter: "5");
        var start = bot.Clock.GetUtcNow();

        await Outbox.EnqueueAsync(Card("invite-2"), To(a.Concat(b)), CancellationToken.None);
        var report = await SettledAsync(bot, "invite-2");

        var posts = Posts(bot);
        Assert.Equal(8, posts.Count); // one refused, then every channel once
        Assert.Equal(7, report.Delivered);
        var accepted = posts.Skip(1).ToList();
        Assert.All(accepted.Where(p => p.ConversationId!.Contains(TenantA, StringComparison.Ordinal)),
            post => Assert.True(post.At - start >= TimeSpan.FromSeconds(5), "tenant A was called before its Retry-After"));
        Assert.All(accepted.Where(p => p.ConversationId!.Contains(TenantB, StringComparison.Ordinal)),
            post => Assert.True(post.At - start < TimeSpan.FromSeconds(5), "tenant B waited for tenant A's pause"));
    }

    [Fact]
    public async Task Throttled_WithoutRetryAfter_BacksOffBeforeTryingAgain()
    {
        var channel = await ChannelsAsync(bot, TenantA, 1);
        bot.Channel.FailNext(1, 429);

        await Outbox.EnqueueAsync(Card("note-429"), To(channel), CancellationToken.None);
        await SettledAsync(bot, "note-429");

        var posts = Posts(bot);
        Assert.Equal(2, posts.Count);
        Assert.True(posts[1].At - posts[0].At >= TimeSpan.FromSeconds(1.6), $"tried again after {posts[1].At - posts[0].At}"); // 2 s base, -20 % jitter
    }

    [Fact]
    public async Task ServerErrors_BackOffExponentially_ThenDeliverOnce()
    {
        var channel = await ChannelsAsync(bot, TenantA, 1);
        bot.Channel.FailNext(2, 503);

        await Outbox.EnqueueAsync(Card("note-503"), To(channel), CancellationToken.None);
        var report = await SettledAsync(bot, "note-503");

        var posts = Posts(bot);
        Assert.Equal(3, posts.Count);
        Assert.True(posts[1].At - posts[0].At >= TimeSpan.FromSeconds(1.6), "first back-off too short");
        Assert.True(posts[2].At - posts[1].At >= TimeSpan.FromSeconds(3.2), "second back-off did not double");
        Assert.Equal(1, report.Delivered);
    }

    [Fact]
    public async Task ServerErrors_OnEveryAttempt_FailWithTheReasonInTheReport()
    {
        await RestartAsync(new() { ["Delivery:MaxAttempts"] = "3" });
        var channel = await ChannelsAsync(bot, TenantA, 1);
        bot.Channel.FailNext(3, 502);

        await Outbox.EnqueueAsync(Card("note-502"), To(channel), CancellationToken.None);
        var report = await SettledAsync(bot, "note-502", TimeSpan.FromSeconds(1));

        Assert.Equal(3, Posts(bot).Count);
        Assert.Equal((1, 0), (report.Failed, report.Delivered));
        Assert.Equal(new FailureCount("502 Fault502", 1), Assert.Single(report.Failures));
    }

    [Fact]
    public async Task MessageWritesBlocked_RetiresTheReferenceAndTellsTheOwner()
    {
        await RestartAsync(new() { ["Delivery:MaxInFlight"] = "1" });
        var blocked = await ChannelsAsync(bot, TenantA, 2); // the larger tenant goes first and meets the block
        var fine = await ChannelsAsync(bot, TenantB, 1);
        bot.Channel.BlockNext();

        await Outbox.EnqueueAsync(Card("digest-2"), To(blocked.Take(1).Concat(fine)), CancellationToken.None);
        var report = await SettledAsync(bot, "digest-2");

        Assert.Equal((1, 1), (report.Retired, report.Delivered));
        var references = bot.Services.GetRequiredService<ConversationReferenceStore>();
        Assert.Null(await references.GetAsync(TenantA, blocked[0].ConversationId, CancellationToken.None));
        Assert.NotNull(await references.GetAsync(TenantA, blocked[1].ConversationId, CancellationToken.None));
        await UntilAsync(bot, () => gone.Count > 0);
        Assert.Equal(blocked[0].ConversationId, Assert.Single(gone).ConversationId);
    }

    [Fact]
    public async Task PostWithoutAnswer_IsUnknownAndNotSentAgain()
    {
        var channel = await ChannelsAsync(bot, TenantA, 1);
        bot.Channel.DropNext(1);

        await Outbox.EnqueueAsync(Card("note-dropped"), To(channel), CancellationToken.None);
        var report = await SettledAsync(bot, "note-dropped");
        bot.Clock.Advance(TimeSpan.FromMinutes(10));
        await Task.Delay(200);

        Assert.Equal(1, report.Unknown);
        Assert.Single(Posts(bot)); // Teams may have it: posting again could show it twice
    }

    [Fact]
    public async Task Update_EditsEveryPostedCopyInPlace()
    {
        var channels = await ChannelsAsync(bot, TenantA, 3);
        await Outbox.EnqueueAsync(Card("event-1"), To(channels), CancellationToken.None);
        await SettledAsync(bot, "event-1");
        var posted = Posts(bot).Count;

        var outcome = await Outbox.UpdateAsync(Card("event-1", "Geändert: EfA-Wohngeld in der Praxis, neuer Termin"), CancellationToken.None);
        await UntilAsync(bot, () => bot.Channel.ConnectorCalls.Count(c => c.Method == "PUT") >= 3);
        var report = await SettledAsync(bot, "event-1");

        Assert.Equal(new ChangeOutcome.Accepted(3, 0), outcome);
        var puts = bot.Channel.ConnectorCalls.Where(c => c.Method == "PUT").ToList();
        Assert.Equal(3, puts.Count);
        Assert.All(puts, put => Assert.Contains("neuer Termin", put.CardJson, StringComparison.Ordinal));
        Assert.Equal(posted, Posts(bot).Count); // edited, not posted again
        Assert.Equal(2, report.Version);
    }

    [Fact]
    public async Task Recall_ReplacesEveryPostedCopy()
    {
        var channels = await ChannelsAsync(bot, TenantA, 2);
        await Outbox.EnqueueAsync(Card("news-2"), To(channels), CancellationToken.None);
        await SettledAsync(bot, "news-2");

        var outcome = await Outbox.RecallAsync("news-2", RecallMode.Replace, CancellationToken.None);
        await UntilAsync(bot, () => bot.Channel.ConnectorCalls.Count(c => c.Method == "PUT") >= 2);

        Assert.Equal(new ChangeOutcome.Accepted(2, 0), outcome);
        Assert.All(bot.Channel.ConnectorCalls.Where(c => c.Method == "PUT"),
            put => Assert.Contains("zurückgezogen", put.Body!["summary"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase)); // the toast says so
        var again = await Outbox.RecallAsync("news-2", RecallMode.Delete, CancellationToken.None);
        Assert.Equal(DeliveryRefusal.Recalled, Assert.IsType<ChangeOutcome.Refused>(again).Reason);
    }

    [Fact]
    public async Task Recall_WithDelete_DeletesEveryPostedCopy_AndCopiesNotYetSentAreNeverSent()
    {
        await RestartAsync(new() { ["Delivery:MaxInFlight"] = "1" });
        var channels = await ChannelsAsync(bot, TenantA, 3);
        await Outbox.EnqueueAsync(Card("news-3"), To(channels.Take(1)), CancellationToken.None);
        await SettledAsync(bot, "news-3");
        bot.Channel.FailNext(1, 429, retryAfter: "60"); // the next copies wait a minute
        await Outbox.EnqueueAsync(Card("news-3"), To(channels), CancellationToken.None);
        await UntilAsync(bot, () => Posts(bot).Count >= 2);

        await Outbox.RecallAsync("news-3", RecallMode.Delete, CancellationToken.None);
        // The delete waits out the tenant's 60 s Retry-After: 5 s steps instead of 600 small ones, which a busy machine
        // could not run within the helper's 30 s of real time.
        var report = await SettledAsync(bot, "news-3", TimeSpan.FromSeconds(5));
        bot.Clock.Advance(TimeSpan.FromMinutes(2));
        await Task.Delay(200);

        Assert.Single(bot.Channel.ConnectorCalls, c => c.Method == "DELETE");
        Assert.Equal(2, Posts(bot).Count); // the first copy, and the call that was throttled
        Assert.Equal((2, true), (report.Retired, report.Recalled));
    }

    [Fact]
    public async Task OversizedCard_IsRefusedAtEnqueue()
    {
        var channels = await ChannelsAsync(bot, TenantA, 1);

        var outcome = await Outbox.EnqueueAsync(Card("huge", padding: 90_000), To(channels), CancellationToken.None);

        var rejected = Assert.IsType<EnqueueOutcome.Rejected>(outcome);
        Assert.Equal(DeliveryRefusal.TooLarge, rejected.Reason);
        Assert.Contains("80.000", rejected.Detail.Replace(",", ".", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Null(await Outbox.ReportAsync("huge", CancellationToken.None));
        Assert.Empty(Posts(bot));
    }

    [Fact]
    public async Task Person_WithoutChat_IsRefusedAtEnqueue_WithChat_GetsItInTheirChat()
    {
        await bot.SendAsync(bot.Activity().InstallationAdd()); // Erika installs the bot in her 1:1 chat
        bot.Channel.ClearCalls();
        DeliveryRecipient erika = new DeliveryRecipient.Person(BotApp.AllowedTenant, ActivityBuilder.UserAadObjectId);
        DeliveryRecipient stranger = new DeliveryRecipient.Person(BotApp.AllowedTenant, Guid.NewGuid().ToString());

        var outcome = await Outbox.EnqueueAsync(Card("consult-1"), [erika, stranger], CancellationToken.None);
        await SettledAsync(bot, "consult-1");

        var queued = Assert.IsType<EnqueueOutcome.Queued>(outcome);
        Assert.Equal(1, queued.New);
        Assert.Equal(new RefusedRecipient(stranger, DeliveryRefusal.NoReference), Assert.Single(queued.Refused));
        Assert.Equal(ActivityBuilder.PersonalConversationId, Assert.Single(Posts(bot)).ConversationId);
    }

    [Fact]
    public async Task RecordLeftSendingByACrash_IsMarkedUnknown_TheOthersAreSentOnce()
    {
        var channels = await ChannelsAsync(bot, TenantA, 3);
        var store = bot.Services.GetRequiredService<DeliveryStore>();
        await Outbox.EnqueueAsync(Card("digest-crash"), To(channels), CancellationToken.None);
        await SettledAsync(bot, "digest-crash");
        // What a killed sender leaves: one record Sending (its POST in flight), one still Pending, the marker open.
        var inFlight = (await store.GetRecordAsync("digest-crash", channels[0].ConversationId, CancellationToken.None))!;
        await store.PutRecordAsync(inFlight.Value with { State = DeliveryState.Sending, ActivityId = null }, inFlight.ETag, CancellationToken.None);
        var waiting = (await store.GetRecordAsync("digest-crash", channels[1].ConversationId, CancellationToken.None))!;
        await store.PutRecordAsync(waiting.Value with { State = DeliveryState.Pending, ActivityId = null }, waiting.ETag, CancellationToken.None);
        bot.Channel.ClearCalls();

        await store.OpenAsync("digest-crash", bot.Clock.GetUtcNow(), CancellationToken.None);
        var report = await SettledAsync(bot, "digest-crash", TimeSpan.FromMilliseconds(500)); // found at the next poll

        Assert.Equal((2, 1), (report.Delivered, report.Unknown));
        Assert.Equal(channels[1].ConversationId, Assert.Single(Posts(bot)).ConversationId);
    }

    private async Task StartAsync(Dictionary<string, string?>? settings) =>
        bot = await BotApp.StartAsync(settings, services => services.AddSingleton<IDeliveryOwner>(new RecordingOwner(gone)));

    /// A bot with other settings; the channel must have spoken to it once so that it trusts the service URL.
    private async Task RestartAsync(Dictionary<string, string?> settings)
    {
        await bot.DisposeAsync();
        await StartAsync(settings);
        await TrustAsync();
    }

    private async Task TrustAsync()
    {
        await bot.SendAsync(bot.Activity().Message("hilfe"));
        bot.Channel.ClearCalls();
    }

    private sealed class RecordingOwner(List<ConversationReference> gone) : IDeliveryOwner
    {
        public string Owner => DeliveryFixture.Owner;

        public Task ConversationGoneAsync(ConversationReference reference, CancellationToken cancellationToken)
        {
            lock (gone)
            {
                gone.Add(reference);
            }

            return Task.CompletedTask;
        }
    }
}
