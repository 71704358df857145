using KommunalBot.Bot.Features.Delivery;

namespace KommunalBot.Bot.Tests.Features.Delivery;

/// A fake sender and a fake Teams for the scheduler, on a fake clock.
public sealed partial class DeliverySchedulerTests
{
    /// Drives the scheduler like the sender: takes what may go (up to a number in flight), lets each call reach "Teams"
    /// after its arrival delay, where an arrival-stamping sliding log per conversation and per tenant refuses it if a
    /// window is full (a 429 fails the test), answers it after its completion delay, and sleeps until the next answer
    /// or the scheduler's next chance.
    private sealed class Simulation(
        DeliveryScheduler scheduler,
        Func<DeliveryWork, (TimeSpan Arrival, TimeSpan Completion)>? latency = null,
        int maxInFlight = int.MaxValue)
    {
        private readonly SlidingLog conversations = new(ConversationLimits);
        private readonly SlidingLog tenants = new(TenantLimits);
        private readonly PriorityQueue<(DeliveryWork Work, bool Arrives), (DateTimeOffset At, bool Completes)> calls = new();
        private int inFlight;

        public DateTimeOffset Now { get; private set; } = Start;

        public List<(DeliveryWork Work, DateTimeOffset At)> Taken { get; } = [];

        public List<int> Seconds() => [.. Taken.Select(taken => (int)(taken.At - Start).TotalSeconds)];

        public void Run()
        {
            for (var rounds = 0; rounds < 1_000_000; rounds++)
            {
                Deliver();
                while (inFlight < maxInFlight && scheduler.TryTake(Now, out var work))
                {
                    var (arrival, completion) = latency?.Invoke(work) ?? (TimeSpan.Zero, TimeSpan.Zero);
                    Taken.Add((work, Now));
                    inFlight++;
                    calls.Enqueue((work, true), (Now + arrival, false));
                    calls.Enqueue((work, false), (Now + completion, true));
                    Deliver();
                }

                // At the cap the sender waits for an answer, whatever the scheduler's next chance.
                var chance = inFlight < maxInFlight ? scheduler.NextChance(Now) : null;
                Assert.True(chance is null || chance > Now, $"TryTake refused at {Now:O} but NextChance says now");
                DateTimeOffset? answer = calls.TryPeek(out _, out var next) ? next.At : null;
                if (Earliest(chance, answer) is not { } wake)
                {
                    Assert.Equal((0, 0), (scheduler.Queued, scheduler.InFlight));
                    return;
                }

                Now = wake;
            }

            Assert.Fail("the simulation did not end");
        }

        private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;

        private void Deliver()
        {
            while (calls.TryPeek(out var call, out var when) && when.At <= Now)
            {
                calls.Dequeue();
                if (call.Arrives)
                {
                    conversations.Accept(call.Work.ConversationId, when.At);
                    tenants.Accept(call.Work.TenantId, when.At);
                }
                else
                {
                    inFlight--;
                    scheduler.Completed(call.Work, when.At);
                }
            }
        }
    }

    /// channel-sim's throttle: a call is refused when as many accepted calls as the limit allows lie after
    /// `at - window`, stamped when they arrive.
    private sealed class SlidingLog(IReadOnlyList<RateLimit> limits)
    {
        private readonly Dictionary<string, List<DateTimeOffset>> logs = [];

        public void Accept(string key, DateTimeOffset at)
        {
            if (!logs.TryGetValue(key, out var log))
            {
                logs[key] = log = [];
            }

            foreach (var limit in limits)
            {
                var inWindow = log.Count(stamp => stamp > at - limit.Window);
                Assert.True(inWindow < limit.Count, $"429: {key} at {at:HH:mm:ss.fff} already had {inWindow} calls within {limit}");
            }

            log.Add(at);
        }
    }
}
