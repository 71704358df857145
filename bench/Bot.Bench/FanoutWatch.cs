using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Bench;

/// Follows one run at the connector: how many expected channels have the card, when progress last happened, and the
/// moments worth reporting (kill, storm); at the end, how the arrivals spread over the run.
internal sealed class FanoutWatch(DateTimeOffset start, int expected, FanoutConnector connector, TimeProvider clock)
{
    private readonly DateTimeOffset started = start;
    private readonly Dictionary<string, TimeSpan> marks = new(StringComparer.Ordinal);
    private DateTimeOffset lastProgress = start;
    private DateTimeOffset lastQuietCheck = start;
    private DateTimeOffset lastTick = start;

    public int Arrived { get; private set; }

    public bool AllArrived => Arrived >= expected;

    public TimeSpan Elapsed => clock.GetUtcNow() - started;

    public DateTimeOffset? FirstArrival { get; private set; }

    /// When the last expected channel got its (first) copy.
    public DateTimeOffset LastArrival { get; private set; } = start;

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await connector.RefreshAsync(cancellationToken);
        var arrived = connector.Tally.Conversations;
        if (arrived != Arrived)
        {
            Arrived = arrived;
            lastProgress = clock.GetUtcNow();
            FirstArrival ??= connector.Tally.FirstArrival;
        }
    }

    public void Mark(string moment) => marks[moment] = Elapsed;

    public bool Marked(string moment) => marks.ContainsKey(moment);

    public TimeSpan MarkedAt(string moment) => marks[moment];

    /// True once per <paramref name="period"/>.
    public bool Every(TimeSpan period)
    {
        var now = clock.GetUtcNow();
        if (now - lastTick < period)
        {
            return false;
        }

        lastTick = now;
        return true;
    }

    /// True at most once per <paramref name="period"/>, when nothing arrived for that long: time to ask the store.
    public bool QuietFor(TimeSpan period)
    {
        var now = clock.GetUtcNow();
        if (now - lastProgress < period || now - lastQuietCheck < period)
        {
            return false;
        }

        lastQuietCheck = now;
        return true;
    }

    /// Prints when the run reached 1, 50, 90, 99 and 100 % of the channels, how the largest tenant fared, the marks
    /// and the bot's processor time, and sets <see cref="LastArrival"/>.
    public void Report(IReadOnlyList<ConversationReference> references, DeliveryOptions limits, double botCpuSeconds)
    {
        var arrivals = references.Select(r => connector.Tally.Arrival(r.ConversationId)).OfType<DateTimeOffset>().Order().ToList();
        if (arrivals.Count == 0)
        {
            Console.WriteLine("  nothing arrived");
            return;
        }

        LastArrival = arrivals[^1];
        string At(double share) => $"{(arrivals[Math.Max(0, (int)Math.Ceiling(share * arrivals.Count) - 1)] - started).TotalSeconds:F1}";
        Console.WriteLine($"  arrived {arrivals.Count:N0} of {references.Count:N0}: first {At(0)} s, 50 % {At(0.5)} s, 90 % {At(0.9)} s, "
            + $"99 % {At(0.99)} s, last {At(1)} s after the enqueue call; bot processor time {botCpuSeconds:F1} s");

        var largest = references.GroupBy(r => r.TenantId).MaxBy(g => g.Count())!;
        var ofLargest = largest.Select(r => connector.Tally.Arrival(r.ConversationId)).OfType<DateTimeOffset>().Order().ToList();
        if (ofLargest.Count > 0)
        {
            var span = ofLargest[^1] - ofLargest[0];
            var allowed = FanoutLayout.TenantMinimum(largest.Count(), limits);
            Console.WriteLine($"  largest tenant ({largest.Count()} channels): first at {(ofLargest[0] - started).TotalSeconds:F1} s, "
                + $"last at {(ofLargest[^1] - started).TotalSeconds:F1} s, {span.TotalSeconds:F1} s from its first to its last (limits allow {allowed.TotalSeconds:F0} s), "
                + $"{(ofLargest.Count - 1) / Math.Max(span.TotalSeconds, 0.001):F1} calls/s");
            Console.WriteLine($"  its arrivals per second from its first: {PerSecond(ofLargest)}");
        }

        if (marks.Count > 0)
        {
            Console.WriteLine("  " + string.Join(", ", marks.Select(m => $"{m.Key} at {m.Value.TotalSeconds:F1} s")));
        }
    }

    /// How many arrived in each second from the first, shortened in the middle for long runs.
    private static string PerSecond(List<DateTimeOffset> arrivals)
    {
        var counts = arrivals.GroupBy(a => (int)(a - arrivals[0]).TotalSeconds).ToDictionary(g => g.Key, g => g.Count());
        var seconds = Enumerable.Range(0, counts.Keys.Max() + 1).Select(second => counts.GetValueOrDefault(second)).ToList();
        const int Shown = 12;
        return seconds.Count <= 2 * Shown
            ? string.Join(" ", seconds)
            : $"{string.Join(" ", seconds.Take(Shown))} ... {string.Join(" ", seconds.TakeLast(Shown))} (mean {seconds.Average():F1})";
    }
}
