using System.Text.Json;
using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Tests.Storage;
using KommunalBot.Bot.Tests.TestHost;
using Microsoft.Data.Sqlite;

namespace KommunalBot.Bot.Bench;

/// One fan-out: a fresh SQLite file seeded with the layout's channel references, the bot started on it as a process,
/// the card enqueued from the bench's own outbox instance, then watched at the connector until every channel has it
/// or the store says nothing is left to send. <see cref="Kill"/>: SIGKILL the bot once half have arrived and start
/// another, which takes over the sender's lease after it expires. <see cref="Storm"/>: every post answered 429 for
/// 10 s, from 3 s after the first card arrived.
internal sealed class FanoutRun(FanoutLayout layout, string scenario, FanoutConnector connector)
{
    public const string Clean = "clean";
    public const string Kill = "kill";
    public const string Storm = "storm";

    // The shortest lease Jobs:LeaseDuration allows: a killed sender's work moves after at most about 4/3 of it.
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan StormDelay = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan StormLength = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Watch = TimeSpan.FromMilliseconds(50);

    // A run is given up at twice what the limits allow plus this (a kill's takeover and restart fit in it), so the
    // default run stays bounded however slow the sender is.
    private static readonly TimeSpan GiveUpMargin = TimeSpan.FromSeconds(90);

    // The bot's log line once its sender holds the lease and has read the store.
    private const string Ready = "Delivery sender started";

    private readonly DeliveryOptions limits = new();
    private readonly List<FanoutBot> bots = [];
    private readonly TimeProvider clock = TimeProvider.System;

    public int MaxInFlight => limits.MaxInFlight;

    public async Task<FanoutResult> RunAsync(CancellationToken cancellationToken)
    {
        using var directory = new TempDirectory();
        try
        {
            return await RunInAsync(Path.Combine(directory.Path, "bot.db"), cancellationToken);
        }
        finally
        {
            bots.ForEach(bot => bot.Dispose());
            SqliteConnection.ClearAllPools();
        }
    }

    private async Task<FanoutResult> RunInAsync(string database, CancellationToken cancellationToken)
    {
        var minimum = layout.Minimum(limits);
        Console.WriteLine($"fanout {layout.Name}/{scenario}: {layout.Describe()}; the limits allow {minimum.TotalSeconds:F0} s; {connector.Description}");
        await connector.ResetAsync(cancellationToken);
        using var outbox = new FanoutOutbox(database);
        var seeding = clock.GetTimestamp();
        var references = await outbox.SeedAsync(layout, connector.ServiceUrl, cancellationToken);
        var content = outbox.Digest($"fanout-{layout.Name}-{scenario}");
        Console.WriteLine($"  seeded {references.Count:N0} conversation references in {clock.GetElapsedTime(seeding).TotalSeconds:F1} s; "
            + $"the card is {JsonSerializer.Serialize(content.Message, ProtocolJsonContext.Default.Activity).Length:N0} characters");
        var settings = BotSettings(database);
        await StartBotAsync(settings, cancellationToken);
        bots[^1].Sample();
        Console.WriteLine($"  bot ready, its sender holds the lease; peak RSS so far {bots[^1].PeakRssBytes / (1024 * 1024)} MB");

        var started = clock.GetUtcNow();
        var outcome = await outbox.EnqueueAsync(content, references, cancellationToken);
        Console.WriteLine($"  enqueued in {(clock.GetUtcNow() - started).TotalSeconds:F1} s: {Describe(outcome)}");
        var watch = new FanoutWatch(started, references.Count, connector, clock);
        var givenUp = TimeSpan.Zero;
        var arrivedAtKill = 0;
        while (!watch.AllArrived)
        {
            await Task.Delay(Watch, clock, cancellationToken);
            await watch.RefreshAsync(cancellationToken);
            if (watch.Every(TimeSpan.FromSeconds(1)))
            {
                bots[^1].Sample(); // VmHWM, while the process lives
            }

            if (scenario == Kill && !watch.Marked("killed") && watch.Arrived * 2 >= references.Count)
            {
                bots[^1].Kill();
                watch.Mark("killed");
                await watch.RefreshAsync(cancellationToken);
                arrivedAtKill = watch.Arrived; // posts the dying sender had under way may still land
                await StartBotAsync(settings, cancellationToken, waitUntilReady: false);
            }

            if (watch.Marked("killed") && !watch.Marked("resumed") && watch.Arrived > arrivedAtKill)
            {
                watch.Mark("resumed"); // the new sender took the lease over and posted again
            }

            if (scenario == Storm)
            {
                await StormAsync(watch, cancellationToken);
            }

            if (bots[^1].Exited)
            {
                Console.WriteLine($"  the bot exited:{Environment.NewLine}{bots[^1].Tail}");
                break;
            }

            if (watch.QuietFor(Quiet) && Settled(await outbox.StatesAsync(content.ContentId, cancellationToken)))
            {
                break; // what has not arrived will not: the records say so
            }

            if (watch.Elapsed > minimum * 2 + GiveUpMargin)
            {
                givenUp = watch.Elapsed;
                Console.WriteLine($"  given up after {givenUp.TotalSeconds:F0} s:{Environment.NewLine}{bots[^1].Tail}");
                break;
            }
        }

        var states = await SettledStatesAsync(outbox, content.ContentId, cancellationToken);
        bots.ForEach(bot => bot.Sample());
        watch.Report(references, limits, bots.Sum(bot => bot.ProcessorTime.TotalSeconds));
        // Given up, the run took at least until then, whenever the last card came.
        var taken = watch.LastArrival - started;
        return Tally(references, states, taken > givenUp ? taken : givenUp, minimum);
    }

    private async Task StormAsync(FanoutWatch watch, CancellationToken cancellationToken)
    {
        if (!watch.Marked("storm") && watch.FirstArrival is { } first && clock.GetUtcNow() - first >= StormDelay)
        {
            await connector.StormAsync(raging: true, cancellationToken);
            watch.Mark("storm");
        }
        else if (watch.Marked("storm") && !watch.Marked("calm") && watch.Elapsed - watch.MarkedAt("storm") >= StormLength)
        {
            await connector.StormAsync(raging: false, cancellationToken);
            watch.Mark("calm");
        }
    }

    /// The records once the sender has written its last outcomes (the connector sees a post before the store does).
    private async Task<Dictionary<string, DeliveryState>> SettledStatesAsync(FanoutOutbox outbox, string contentId, CancellationToken cancellationToken)
    {
        var deadline = clock.GetUtcNow() + Quiet * 2;
        while (true)
        {
            var states = await outbox.StatesAsync(contentId, cancellationToken);
            if (Settled(states) || clock.GetUtcNow() > deadline)
            {
                return states;
            }

            await Task.Delay(Watch * 4, clock, cancellationToken);
        }
    }

    private static string Describe(EnqueueOutcome outcome) => outcome switch
    {
        EnqueueOutcome.Queued queued => $"{queued.New:N0} new records, {queued.Existing} existing, {queued.Refused.Count} refused",
        EnqueueOutcome.Rejected rejected => $"rejected: {rejected.Reason} {rejected.Detail}",
        _ => outcome.ToString(),
    };

    private static bool Settled(Dictionary<string, DeliveryState> states) =>
        states.Values.All(state => state is not (DeliveryState.Pending or DeliveryState.Sending));

    private FanoutResult Tally(IReadOnlyList<ConversationReference> references, Dictionary<string, DeliveryState> states, TimeSpan taken, TimeSpan minimum)
    {
        var counts = references.Select(r => (Id: r.ConversationId, Posts: connector.Tally.Count(r.ConversationId), State: states.GetValueOrDefault(r.ConversationId, DeliveryState.Pending))).ToList();
        var missing = counts.Where(c => c.Posts == 0 && c.State != DeliveryState.Unknown).ToList();
        return new FanoutResult(
            layout.Name, scenario, references.Count, layout.ChannelsPerTenant.Count, taken, minimum,
            Delivered: counts.Count(c => c.Posts > 0),
            Duplicates: counts.Count(c => c.Posts > 1),
            Lost: missing.Count,
            LostButSent: missing.Count(c => c.State == DeliveryState.Sent),
            Unknown: states.Values.Count(state => state == DeliveryState.Unknown),
            Throttled: connector.Tally.Throttled,
            PeakRssBytes: bots.Max(bot => bot.PeakRssBytes),
            States: states.Values.GroupBy(state => state).ToDictionary(g => g.Key, g => g.Count()));
    }

    /// Starts a bot process and, unless it is a replacement that has to wait for the lease anyway, waits until its
    /// sender holds the lease, so the measured time starts with a running sender.
    private async Task StartBotAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken, bool waitUntilReady = true)
    {
        var bot = new FanoutBot(settings);
        bots.Add(bot);
        if (waitUntilReady && !await bot.LoggedAsync(Ready, TimeSpan.FromMinutes(1), cancellationToken))
        {
            throw new InvalidOperationException($"the bot did not get ready within a minute:{Environment.NewLine}{bot.Tail}");
        }
    }

    /// Production, as deployed, without an app id (outbound calls carry no token, so the loopback connector needs no
    /// token endpoint); the tenant allow-list only has to be non-empty outside Development.
    private Dictionary<string, string> BotSettings(string database) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
        ["Storage:Provider"] = "Sqlite",
        ["Storage:SqlitePath"] = database,
        ["Knowledge:Path"] = Path.Combine(RepoPaths.Root, "knowledge"),
        ["Access:Tenants:0:TenantId"] = FanoutOutbox.TenantId(0),
        ["Access:Tenants:0:Organisation"] = "Benchstadt",
        ["Access:Tenants:0:Region"] = "Bayern",
        ["Jobs:LeaseDuration"] = LeaseDuration.ToString(),
        ["Delivery:ConversationLimits"] = limits.ConversationLimits,
        ["Delivery:TenantLimits"] = limits.TenantLimits,
    };
}
