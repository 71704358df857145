using System.Collections.Concurrent;

namespace KommunalBot.Knowledge.Search;

/// <summary>
/// Per-snapshot memo of query-word work (typo corrections, compound splits). Its keys are whatever users type, so
/// it stops remembering when full: a flood of random words costs time once each, never memory.
/// </summary>
internal sealed class WordCache<TValue>
{
    // Far more distinct unknown words than the questions between two content changes hold; a few MB at most.
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, TValue> _entries = new(StringComparer.Ordinal);
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public TValue GetOrAdd(string word, Func<string, TValue> compute)
    {
        if (_entries.TryGetValue(word, out var value))
        {
            return value;
        }

        value = compute(word);
        if (Count < MaxEntries && _entries.TryAdd(word, value))
        {
            Interlocked.Increment(ref _count);
        }

        return value;
    }
}
