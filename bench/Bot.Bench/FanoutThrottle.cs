using KommunalBot.Bot.Features.Delivery;

namespace KommunalBot.Bot.Bench;

/// Sliding-log limits per key, as channel-sim keeps them (shared/tools/channel-sim/lib/throttle.js): every accepted call
/// is stamped with its arrival time; a call is refused while any window already holds its count, and the answer's
/// Retry-After is the seconds until the oldest stamp in that window leaves it, rounded up, at least 1. One difference:
/// channel-sim stamps the conversation before it asks the tenant, here a call refused by either is stamped by neither
/// (the brief: refused calls do not count). Not thread-safe: the connector holds its lock around both.
internal sealed class FanoutThrottle(IReadOnlyList<RateLimit> limits)
{
    private readonly Dictionary<string, List<double>> logs = new(StringComparer.Ordinal);
    private readonly double longestMs = limits.Max(limit => limit.Window.TotalMilliseconds);

    /// Null when a call at <paramref name="nowMs"/> fits every window, else the Retry-After in seconds.
    public int? Refusal(string key, double nowMs)
    {
        if (!logs.TryGetValue(key, out var log))
        {
            return null;
        }

        log.RemoveRange(0, FirstAfter(log, nowMs - longestMs));
        foreach (var limit in limits)
        {
            var windowMs = limit.Window.TotalMilliseconds;
            var oldest = FirstAfter(log, nowMs - windowMs);
            if (log.Count - oldest >= limit.Count)
            {
                return Math.Max(1, (int)Math.Ceiling((log[oldest] + windowMs - nowMs) / 1000));
            }
        }

        return null;
    }

    /// Counts an accepted call; calls are stamped in arrival order, so each log stays sorted.
    public void Stamp(string key, double nowMs)
    {
        if (!logs.TryGetValue(key, out var log))
        {
            logs[key] = log = [];
        }

        log.Add(nowMs);
    }

    /// The index of the first stamp later than <paramref name="boundMs"/> (stamps at or before it are outside the window).
    private static int FirstAfter(List<double> log, double boundMs)
    {
        var (low, high) = (0, log.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = log[middle] <= boundMs ? (middle + 1, high) : (low, middle);
        }

        return low;
    }
}
