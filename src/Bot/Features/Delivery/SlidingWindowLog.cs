namespace KommunalBot.Bot.Features.Delivery;

/// Completion times (UTC ticks, ascending) of the calls that still count in <see cref="SlidingWindowLimits"/>. A ring
/// that grows only as far as needed and never beyond the largest count: a conversation with one call holds one
/// timestamp, not a buffer for 1800.
internal sealed class SlidingWindowLog(SlidingWindowLimits limits)
{
    private long[] ring = [];
    private int start;

    public int Count { get; private set; }

    /// After this time <see cref="Prune"/> empties the log.
    public long ExpiresAt => this[Count - 1] + limits.Longest;

    public long this[int index] => ring[(start + index) % ring.Length];

    public long FreeAt(int inFlight) => limits.FreeAt(this, inFlight);

    /// Logs a call at <paramref name="at"/>, which is never earlier than the calls logged before (the scheduler's
    /// clock does not go back).
    public void Add(long at)
    {
        Prune(at);
        if (limits.MaxCount == 0)
        {
            return;
        }

        if (Count == limits.MaxCount)
        {
            start = (start + 1) % ring.Length;
            Count--;
        }
        else if (Count == ring.Length)
        {
            Grow();
        }

        ring[(start + Count) % ring.Length] = at;
        Count++;
    }

    /// Drops the calls that count in no window at <paramref name="now"/> any more.
    public void Prune(long now)
    {
        while (Count > 0 && ring[start] <= now - limits.Longest)
        {
            start = (start + 1) % ring.Length;
            Count--;
        }

        if (Count == 0)
        {
            ring = [];
            start = 0;
        }
    }

    private void Grow()
    {
        var larger = new long[Math.Min(Math.Max(1, ring.Length * 2), limits.MaxCount)];
        for (var i = 0; i < Count; i++)
        {
            larger[i] = this[i];
        }

        ring = larger;
        start = 0;
    }
}
