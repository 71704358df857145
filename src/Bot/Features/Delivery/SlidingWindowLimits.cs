namespace KommunalBot.Bot.Features.Delivery;

/// A set of rate limits that all must hold, checked the way Teams and channel-sim's sliding log check them: a call at
/// `t` is refused while `Count` earlier calls have a timestamp after `t - Window`.
internal sealed class SlidingWindowLimits
{
    private readonly (int Count, long Window)[] windows;

    public SlidingWindowLimits(IReadOnlyList<RateLimit> limits)
    {
        if (limits.Any(limit => limit.Count < 1 || limit.Window <= TimeSpan.Zero))
        {
            throw new ArgumentOutOfRangeException(nameof(limits), string.Join(",", limits), "every limit needs a count and a window above zero");
        }

        windows = [.. limits.Select(limit => (limit.Count, limit.Window.Ticks))];
        MaxCount = windows.Length > 0 ? windows.Max(window => window.Count) : 0;
        Longest = windows.Length > 0 ? windows.Max(window => window.Window) : 0;
    }

    /// A log never needs more timestamps than this: no window looks further back than its Count newest calls.
    public int MaxCount { get; }

    /// Ticks after which a timestamp counts in no window.
    public long Longest { get; }

    /// The earliest time (UTC ticks) one more call keeps every window within its limit, given the completed calls in
    /// <paramref name="log"/> and <paramref name="inFlight"/> calls that count as "now" (their arrival is unknown);
    /// long.MinValue when it may go at any time, long.MaxValue when only a completion can make room.
    public long FreeAt(SlidingWindowLog log, int inFlight)
    {
        var free = long.MinValue;
        foreach (var (count, window) in windows)
        {
            // Our call fits when at most `room - 1` logged calls lie in the window: the room-th newest must have left it.
            var room = count - inFlight;
            if (room <= 0)
            {
                return long.MaxValue;
            }

            if (log.Count >= room)
            {
                free = Math.Max(free, log[log.Count - room] + window);
            }
        }

        return free;
    }
}
