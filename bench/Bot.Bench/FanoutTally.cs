using System.Collections.Concurrent;

namespace KommunalBot.Bot.Bench;

/// What reached a connector in one run: accepted posts per conversation with the first one's arrival time, and how many
/// calls were answered 429.
internal sealed class FanoutTally
{
    private readonly ConcurrentDictionary<string, (int Count, DateTimeOffset First)> accepted = new(StringComparer.Ordinal);
    private int throttled;

    public int Throttled => Volatile.Read(ref throttled);

    public int Conversations => accepted.Count;

    public DateTimeOffset? FirstArrival => accepted.IsEmpty ? null : accepted.Values.Min(a => a.First);

    public void Accepted(string conversationId, DateTimeOffset at) =>
        accepted.AddOrUpdate(conversationId, (1, at), (_, seen) => (seen.Count + 1, seen.First < at ? seen.First : at));

    public void Refused() => Interlocked.Increment(ref throttled);

    public int Count(string conversationId) => accepted.TryGetValue(conversationId, out var seen) ? seen.Count : 0;

    public DateTimeOffset? Arrival(string conversationId) => accepted.TryGetValue(conversationId, out var seen) ? seen.First : null;

    public void Clear()
    {
        accepted.Clear();
        Interlocked.Exchange(ref throttled, 0);
    }
}
