using KommunalBot.Bot.Features.Delivery;

namespace KommunalBot.Bot.Tests.Features.Delivery;

/// The sender's scheduler: as fast as Teams' limits allow and never over them (checked by a sliding log that stamps
/// calls on arrival, like channel-sim), the largest tenant never behind small ones, a 429 pausing only its tenant.
public sealed partial class DeliverySchedulerTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 8, 0, 0, TimeSpan.Zero);
    private static readonly IReadOnlyList<RateLimit> ConversationLimits = RateLimit.ParseList("7/1s,8/2s,60/30s,1800/1h");
    private static readonly IReadOnlyList<RateLimit> TenantLimits = RateLimit.ParseList("50/1s");

    [Fact]
    public void OneConversation_TwentyItems_KeepEveryWindowAndFinishAtTheEarliest()
    {
        var scheduler = Scheduler();
        AddAll(scheduler, Items(20, tenant: "t", conversations: 1));

        var simulation = new Simulation(scheduler);
        simulation.Run();

        // 7 at once (7/1s); one more at 1 s (8/2s still holds the first 7); 7 at 2 s when those left both windows; ...
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 1, 2, 2, 2, 2, 2, 2, 2, 3, 4, 4, 4, 4], simulation.Seconds());
    }

    [Fact]
    public void OneConversation_SlowUnevenCalls_NeverOverAWindowWhereverTheyArrive()
    {
        var scheduler = Scheduler();
        AddAll(scheduler, Items(130, tenant: "t", conversations: 1));
        var random = new Random(7);

        // Each call reaches Teams anywhere between being taken and its answer (50-900 ms later).
        var simulation = new Simulation(scheduler, _ =>
        {
            var completion = TimeSpan.FromMilliseconds(random.Next(50, 900));
            return (completion * random.NextDouble(), completion);
        });
        simulation.Run();

        // 60/30s: the 121st call may go 30 s after the 61st was answered, itself 30 s after the 1st; the last ten then
        // need about three seconds at 7/1s and 8/2s. Waiting any longer would be time lost.
        Assert.Equal(130, simulation.Taken.Count);
        Assert.InRange(simulation.Taken[^1].At, Start.AddSeconds(60), Start.AddSeconds(65));
    }

    [Fact]
    public void Tenant_FiftyPerSecondAcrossItsConversations()
    {
        var scheduler = Scheduler();
        AddAll(scheduler, Items(120, tenant: "t", conversations: 120));

        var simulation = new Simulation(scheduler);
        simulation.Run();

        Assert.Equal([50, 50, 20], simulation.Seconds().GroupBy(second => second).Select(group => group.Count()));
    }

    [Fact]
    public void InFlightCalls_OccupySlots_AndCountFromTheirCompletion()
    {
        var scheduler = Scheduler();
        AddAll(scheduler, Items(8, tenant: "t", conversations: 1));
        var taken = TakeAll(scheduler, Start);

        Assert.Equal(7, taken.Count);
        Assert.False(scheduler.TryTake(Start.AddSeconds(10), out _));
        Assert.Null(scheduler.NextChance(Start.AddSeconds(10)));

        scheduler.Completed(taken[0], Start.AddSeconds(10));

        Assert.False(scheduler.TryTake(Start.AddSeconds(10.9), out _));
        Assert.Equal(Start.AddSeconds(11), scheduler.NextChance(Start.AddSeconds(10)));
        Assert.True(scheduler.TryTake(Start.AddSeconds(11), out _));
    }

    [Fact]
    public void InFlightCalls_OccupyTheTenantsSlots()
    {
        var scheduler = Scheduler();
        AddAll(scheduler, Items(51, tenant: "t", conversations: 51));

        Assert.Equal(50, TakeAll(scheduler, Start).Count);
        Assert.False(scheduler.TryTake(Start.AddMinutes(1), out _));
        Assert.Null(scheduler.NextChance(Start.AddMinutes(1)));
    }

    [Fact]
    public void LargestTenant_GoesFirst_SoAFanOutEndsWhenItsLimitAllows()
    {
        var scheduler = Scheduler();
        var small = Enumerable.Range(0, 500).SelectMany(tenant => Items(2, tenant: $"small{tenant}", conversations: 2)).ToList();
        AddAll(scheduler, small);
        AddAll(scheduler, Items(800, tenant: "large", conversations: 800));

        var simulation = new Simulation(scheduler);
        simulation.Run();

        // 800 calls at 50/s: 16 seconds' worth, the last at 15 s; the 1000 small ones go alongside.
        Assert.Equal(Start.AddSeconds(15), simulation.Taken[^1].At);
        Assert.All(simulation.Taken.Take(50), taken => Assert.Equal("large", taken.Work.TenantId));
    }

    [Fact]
    public void LargestTenant_GoesFirst_WhenFewCallsMayBeInFlight()
    {
        var scheduler = Scheduler();
        AddAll(scheduler, Enumerable.Range(0, 500).SelectMany(tenant => Items(2, tenant: $"small{tenant}", conversations: 2)));
        AddAll(scheduler, Items(800, tenant: "large", conversations: 800));

        // 32 in flight, 100 ms each: the large tenant fills its 50/s (counted from completions) and the rest goes
        // to the small ones; had it waited for them it would end seconds later.
        var simulation = new Simulation(scheduler, _ => (TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100)), maxInFlight: 32);
        simulation.Run();

        // Its calls count from their answers, so 50 go every 1.1 s (32, then 18 when the first answers are in):
        // 16 rounds end at 15 * 1.1 s + 0.1 s. The small tenants are all served meanwhile.
        var large = simulation.Taken.Where(taken => taken.Work.TenantId == "large").ToList();
        Assert.Equal(Start.AddMilliseconds(16_600), large[^1].At);
        Assert.True(simulation.Taken[^1].At == large[^1].At);
    }

    [Fact]
    public void Tenant_EarliestDueFirst_FifoAmongEquals_AndAFullConversationHoldsNoOtherBack()
    {
        var scheduler = Scheduler();
        scheduler.Add(Work("later", conversation: "c1"), Start.AddSeconds(5));
        scheduler.Add(Work("first", conversation: "c2"), Start);
        scheduler.Add(Work("second", conversation: "c3"), Start);
        AddAll(scheduler, Items(8, tenant: "t1", conversations: 1, prefix: "busy"));
        scheduler.Add(Work("after-busy", conversation: "c4"), Start);

        var keys = TakeAll(scheduler, Start).Select(work => work.Key).ToList();

        Assert.Equal(["first", "second", "busy0", "busy1", "busy2", "busy3", "busy4", "busy5", "busy6", "after-busy"], keys);
        Assert.Equal(Start.AddSeconds(5), scheduler.NextChance(Start));
    }

    [Fact]
    public void Throttled_WithRetryAfter_PausesOnlyThatTenant()
    {
        var scheduler = Scheduler();
        scheduler.Add(Work("a1", tenant: "a", conversation: "a-c1"), Start);
        scheduler.Add(Work("a2", tenant: "a", conversation: "a-c2"), Start);
        scheduler.Add(Work("b1", tenant: "b", conversation: "b-c1"), Start);

        Assert.True(scheduler.TryTake(Start, out var first));
        Assert.Equal("a1", first.Key);
        scheduler.Throttled(first, Start, TimeSpan.FromSeconds(30));

        Assert.Equal(["b1"], TakeAll(scheduler, Start).Select(work => work.Key));
        Assert.Equal(Start.AddSeconds(30), scheduler.NextChance(Start));
        Assert.Empty(TakeAll(scheduler, Start.AddSeconds(29.9)));
        Assert.Equal(["a2", "a1"], TakeAll(scheduler, Start.AddSeconds(30)).Select(work => work.Key));
    }

    [Fact]
    public void Throttled_WithoutRetryAfter_BacksOffExponentiallyWithJitter_UntilACallCompletes()
    {
        var jitters = new Queue<double>([0.5, 0.5, 0.5, 0.5, 0, 0.75]);
        var scheduler = new DeliveryScheduler(ConversationLimits, TenantLimits, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10), jitters.Dequeue);
        scheduler.Add(Work("w"), Start);
        var now = Start;
        var pauses = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            Assert.True(scheduler.TryTake(now, out var work));
            scheduler.Throttled(work, now, retryAfter: null);
            var next = scheduler.NextChance(now)!.Value;
            pauses.Add((next - now).TotalSeconds);
            now = next;
        }

        Assert.True(scheduler.TryTake(now, out var succeeding));
        scheduler.Completed(succeeding, now);
        scheduler.Add(Work("w2", conversation: "c2"), now);
        Assert.True(scheduler.TryTake(now, out var again));
        scheduler.Throttled(again, now, retryAfter: null);

        // 2, 4, 8, then capped at 10 s (jitter 0.5: factor 1.0; 0: factor 0.8); after a success 2 s again (factor 1.1).
        Assert.Equal([2, 4, 8, 10, 8], pauses, (a, b) => Math.Abs(a - b) < 1e-6);
        Assert.Equal(now.AddSeconds(2.2), scheduler.NextChance(now)!.Value, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public void Throttled_WithRetryAfterSeveralTimes_ThenWithout_BacksOffFromTheBase()
    {
        var scheduler = new DeliveryScheduler(ConversationLimits, TenantLimits, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(60), () => 0.5);
        scheduler.Add(Work("w"), Start);
        var now = Start;
        for (var i = 0; i < 3; i++)
        {
            Assert.True(scheduler.TryTake(now, out var named));
            scheduler.Throttled(named, now, TimeSpan.FromSeconds(2)); // Teams names the wait: obeyed exactly
            now = scheduler.NextChance(now)!.Value;
        }

        Assert.True(scheduler.TryTake(now, out var unnamed));
        scheduler.Throttled(unnamed, now, retryAfter: null);

        Assert.Equal(now.AddSeconds(2), scheduler.NextChance(now)); // not 16 s grown from the three named waits
    }

    [Fact]
    public void Throttled_CallsUnderWayTogether_CountAsOne429()
    {
        var scheduler = Scheduler();
        AddAll(scheduler, Items(3, tenant: "t", conversations: 3));
        var taken = TakeAll(scheduler, Start);

        foreach (var work in taken)
        {
            scheduler.Throttled(work, Start.AddMilliseconds(100), retryAfter: null);
        }

        Assert.Equal(Start.AddSeconds(2.1), scheduler.NextChance(Start.AddMilliseconds(100)));
        Assert.Equal(3, scheduler.Queued);
    }

    [Fact]
    public void Released_FreesTheSlotWithoutCounting_AndIsNotRequeued()
    {
        var scheduler = Scheduler();
        AddAll(scheduler, Items(9, tenant: "t", conversations: 1));
        var taken = TakeAll(scheduler, Start);

        scheduler.Released(taken[0]);

        Assert.Equal((6, 2), (scheduler.InFlight, scheduler.Queued));
        Assert.True(scheduler.TryTake(Start, out _), "the released call took no slot in 7/1s");
        Assert.Equal((7, 1), (scheduler.InFlight, scheduler.Queued));
        Assert.True(scheduler.Add(taken[0], Start), "released work may be queued again");
    }

    [Fact]
    public void Remove_DropsQueuedWorkOnly()
    {
        var scheduler = Scheduler();
        scheduler.Add(Work("a", conversation: "c1"), Start);
        scheduler.Add(Work("b", conversation: "c2"), Start);
        Assert.True(scheduler.TryTake(Start, out var inFlight));

        Assert.False(scheduler.Remove(inFlight.Key));
        Assert.True(scheduler.Remove("b"));
        Assert.False(scheduler.Remove("b"));
        Assert.False(scheduler.Remove("unknown"));
        Assert.Equal((1, 0), (scheduler.InFlight, scheduler.Queued));
        Assert.False(scheduler.TryTake(Start, out _));
        Assert.Null(scheduler.NextChance(Start));
    }

    [Fact]
    public void Add_SameKeyQueuedOrInFlight_IsIgnored_AndMayComeAgainOnceDone()
    {
        var scheduler = Scheduler();
        Assert.True(scheduler.Add(Work("a"), Start));
        Assert.False(scheduler.Add(Work("a"), Start.AddSeconds(-5)));
        Assert.True(scheduler.TryTake(Start, out var work));
        Assert.False(scheduler.Add(Work("a"), Start));
        Assert.Equal((1, 0), (scheduler.InFlight, scheduler.Queued));

        scheduler.Completed(work, Start.AddSeconds(1));

        Assert.True(scheduler.Add(Work("a"), Start.AddSeconds(3)));
        Assert.Equal(Start.AddSeconds(3), scheduler.NextChance(Start.AddSeconds(1)));
    }

    [Fact]
    public void NextChance_IsNowWhenSomethingMayGo_NeverEarlier_NullWhenNothingWaits()
    {
        var scheduler = Scheduler();
        Assert.Null(scheduler.NextChance(Start));

        scheduler.Add(Work("overdue"), Start.AddSeconds(-30));
        Assert.Equal(Start, scheduler.NextChance(Start));

        Assert.True(scheduler.TryTake(Start, out var work));
        scheduler.Completed(work, Start.AddMilliseconds(200));
        scheduler.Add(Work("due-later", conversation: "c2"), Start.AddSeconds(4));
        Assert.Equal(Start.AddSeconds(4), scheduler.NextChance(Start.AddMilliseconds(200)));
        Assert.False(scheduler.TryTake(Start.AddSeconds(4).AddTicks(-1), out _));
        Assert.True(scheduler.TryTake(Start.AddSeconds(4), out _));
        Assert.Null(scheduler.NextChance(Start.AddSeconds(4)));
    }

    [Fact]
    public void Scheduler_ForgetsConversationsOnceTheirCallsLeaveEveryWindow()
    {
        var scheduler = Scheduler();
        AddAll(scheduler, Items(100, tenant: "t", conversations: 100));
        var simulation = new Simulation(scheduler);
        simulation.Run();

        Assert.Equal((1, 100), scheduler.Held);
        Assert.False(scheduler.TryTake(simulation.Now.AddHours(1), out _));
        Assert.Equal((0, 0), scheduler.Held);
    }

    [Fact]
    public void FanOut_ElevenThousandItemsOverTwoThousandTenants_KeepsEveryLimit_EndsWithTheLargestTenant()
    {
        var scheduler = Scheduler();
        // 5 tenants with hundreds of conversations, 1995 with 1-7: one message per conversation, 11,000 in all.
        int[] large = [800, 700, 600, 500, 420];
        var items = large.SelectMany((count, tenant) => Items(count, $"large{tenant}", conversations: count)).ToList();
        for (var tenant = 0; tenant < 1995; tenant++)
        {
            items.AddRange(Items(1 + (tenant % 7), $"small{tenant}", conversations: 1 + (tenant % 7)));
        }

        AddAll(scheduler, items.OrderBy(item => item.Key, StringComparer.Ordinal));
        var simulation = new Simulation(scheduler);
        simulation.Run();

        Assert.Equal((11_000, 2000), (simulation.Taken.Count, simulation.Taken.Select(taken => taken.Work.TenantId).Distinct().Count()));
        Assert.Equal(Start.AddSeconds(15), simulation.Taken[^1].At);
    }

    private static DeliveryScheduler Scheduler() =>
        new(ConversationLimits, TenantLimits, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(5), () => 0.5);

    private static DeliveryWork Work(string key, string tenant = "t1", string conversation = "c1") => new(key, tenant, conversation);

    /// <paramref name="count"/> items of one tenant spread round-robin over its conversations.
    private static IEnumerable<DeliveryWork> Items(int count, string tenant, int conversations, string prefix = "") =>
        Enumerable.Range(0, count).Select(i =>
            new DeliveryWork(prefix.Length > 0 ? $"{prefix}{i}" : $"{tenant}/{i}", tenant, $"{tenant}/c{i % conversations}"));

    private static void AddAll(DeliveryScheduler scheduler, IEnumerable<DeliveryWork> items)
    {
        foreach (var work in items)
        {
            Assert.True(scheduler.Add(work, Start));
        }
    }

    private static List<DeliveryWork> TakeAll(DeliveryScheduler scheduler, DateTimeOffset now)
    {
        var taken = new List<DeliveryWork>();
        while (scheduler.TryTake(now, out var work))
        {
            taken.Add(work);
        }

        return taken;
    }
}
