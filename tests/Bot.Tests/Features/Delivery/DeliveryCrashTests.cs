using System.Diagnostics;
using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Storage;
using KommunalBot.Bot.Tests.Jobs;
using KommunalBot.Bot.Tests.Storage;
using KommunalBot.Bot.Tests.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace KommunalBot.Bot.Tests.Features.Delivery;

/// A fan-out interrupted by the end of the bot process, then finished by a new one on the same store, as after a
/// crash or a deployment: every channel gets the card at most once, none is lost. After `kill -9` the sends that
/// were in flight are Unknown (Teams may or may not have them); after SIGTERM the bot finished them first, so none is.
/// Real processes on the real clock: each test takes about half a minute.
public sealed class DeliveryCrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Channels = 300; // 6 s at one tenant's 50 calls per second
    private const string Tenant = "tenant-crash";
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(150); // two bot starts, the lease's expiry, the rest of the fan-out

    private readonly TempDirectory directory = new();
    private FakeChannel channel = null!;
    private SqliteDocumentStore store = null!;

    public async Task InitializeAsync()
    {
        channel = await FakeChannel.StartAsync();
        channel.Latency = TimeSpan.FromMilliseconds(300); // calls are in flight when the bot is stopped
        store = new SqliteDocumentStore(Path.Combine(directory.Path, "bot.db"), TimeProvider.System, NullLogger<SqliteDocumentStore>.Instance);
    }

    public async Task DisposeAsync()
    {
        store.Dispose();
        await channel.DisposeAsync();
        SqliteConnection.ClearAllPools();
        directory.Dispose();
    }

    [Fact]
    public async Task KilledMidFanout_RestartedBotFinishes_NothingTwiceNothingLost_OnlyInFlightUnknown()
    {
        var report = await FanoutInterruptedAsync(bot => bot.Kill());

        var posts = PostsPerConversation();
        Assert.All(posts, p => Assert.Equal(1, p.Value)); // nothing posted twice
        Assert.InRange(report.Unknown, 0, new DeliveryOptions().MaxInFlight); // at most what was in flight at the kill
        Assert.Equal(Channels, report.Delivered + report.Unknown);
        await foreach (var record in new DeliveryStore(store).ListRecordsAsync("crash-1", CancellationToken.None))
        {
            if (record.Value.State == DeliveryState.Sent)
            {
                Assert.True(posts.ContainsKey(record.Value.ConversationId), "recorded as sent but never reached the channel");
            }
            else
            {
                Assert.Equal(DeliveryState.Unknown, record.Value.State); // not posted: only an interrupted send may be so
            }
        }
    }

    [Fact]
    public async Task StoppedGracefullyMidFanout_RestartedBotFinishes_EveryChannelOnce_NoneUnknown()
    {
        var report = await FanoutInterruptedAsync(bot => bot.Terminate(TimeSpan.FromSeconds(30)));

        var posts = PostsPerConversation();
        Assert.Equal(Channels, posts.Count);
        Assert.All(posts, p => Assert.Equal(1, p.Value));
        Assert.Equal((Channels, 0), (report.Delivered, report.Unknown));
    }

    /// Enqueues the fan-out, lets a first bot send about a third of it, ends that bot with <paramref name="stop"/>,
    /// and lets a second bot finish. Returns the final report.
    private async Task<DeliveryReport> FanoutInterruptedAsync(Action<BotProcess> stop)
    {
        var references = new ConversationReferenceStore(store, NullLogger<ConversationReferenceStore>.Instance);
        var outbox = new Outbox(new DeliveryStore(store), references, new DeliverySignal(), Options.Create(new DeliveryOptions()), TimeProvider.System);
        var recipients = new List<DeliveryRecipient>();
        for (var i = 0; i < Channels; i++)
        {
            var reference = new ConversationReference
            {
                ServiceUrl = channel.ServiceUrl, ChannelId = "msteams", ConversationId = $"19:crash-{i}@thread.tacv2",
                ConversationType = "channel", TenantId = Tenant, UpdatedUtc = DateTimeOffset.UtcNow,
            };
            await references.SaveAsync(reference, checkStore: true, CancellationToken.None);
            recipients.Add(new DeliveryRecipient.Conversation(reference));
        }

        await outbox.EnqueueAsync(DeliveryFixture.Card("crash-1"), recipients, CancellationToken.None);
        var watch = Stopwatch.StartNew();
        using (var first = new BotProcess("first", Settings()))
        {
            await UntilAsync(() => PostsPerConversation().Count >= Channels / 3, first);
            stop(first);
            output.WriteLine($"first bot stopped after {PostsPerConversation().Count} posts, {watch.Elapsed}");
        }

        using var second = new BotProcess("second", Settings());
        DeliveryReport? report = null;
        await UntilAsync(() => (report = outbox.ReportAsync("crash-1", CancellationToken.None).GetAwaiter().GetResult()) is { Pending: 0, Completed: not null }, second);
        output.WriteLine($"second bot finished at {watch.Elapsed}: {report}");
        return report!;
    }

    private Dictionary<string, int> PostsPerConversation() =>
        channel.ConnectorCalls.Where(c => c.Method == "POST" && c.Path.EndsWith("/activities", StringComparison.Ordinal))
            .GroupBy(c => c.ConversationId!).ToDictionary(g => g.Key, g => g.Count());

    private Dictionary<string, string> Settings() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
        ["Access:Tenants:0:TenantId"] = BotApp.AllowedTenant,
        ["Access:Tenants:0:Organisation"] = "Stadt Musterstadt",
        ["Jobs:LeaseDuration"] = LeaseDuration.ToString(),
        ["Storage:SqlitePath"] = Path.Combine(directory.Path, "bot.db"),
    };

    private static async Task UntilAsync(Func<bool> condition, BotProcess bot)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < Deadline, $"not within {Deadline}:{Environment.NewLine}{bot}");
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }
}
