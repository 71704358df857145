namespace KommunalBot.Bot.Features.Delivery;

/// Tenants (or a tenant's conversations) with queued work in two ordered sets: waiting ones by the time they may go,
/// ready ones by priority. That time depends only on an item's own state, so it is exact until the item changes, and
/// every change re-places the item: finding the next to go never scans all of them.
internal sealed class SchedulerLine<T>(IComparer<T> byReadyAt, IComparer<T> byPriority)
    where T : class, ISchedulerPlaced
{
    private readonly SortedSet<T> waiting = new(byReadyAt);
    private readonly SortedSet<T> ready = new(byPriority);

    public int ReadyCount => ready.Count;

    /// When the first waiting item may go; long.MaxValue when none waits.
    public long NextReadyAt => waiting.Min?.PlacedReadyAt ?? long.MaxValue;

    /// The ready item of lowest and of highest priority.
    public T? Lowest => ready.Min;

    public T? Highest => ready.Max;

    /// Takes the item out of its set; its keys may change until it is added again.
    public void Remove(T item)
    {
        _ = item.Placement switch
        {
            SchedulerPlacement.Waiting => waiting.Remove(item),
            SchedulerPlacement.Ready => ready.Remove(item),
            _ => false,
        };
        item.Placement = SchedulerPlacement.None;
    }

    /// Adds the item, whose priority keys are set, to wait until <paramref name="readyAt"/> or, when that is not after
    /// <paramref name="now"/>, among the ready. Not added, an item waits for a completion.
    public void Add(T item, long readyAt, long now)
    {
        item.PlacedReadyAt = readyAt;
        item.Placement = readyAt <= now ? SchedulerPlacement.Ready : SchedulerPlacement.Waiting;
        _ = readyAt <= now ? ready.Add(item) : waiting.Add(item);
    }

    /// Moves the items whose time has come to the ready.
    public void Promote(long now)
    {
        while (waiting.Min is { } next && next.PlacedReadyAt <= now)
        {
            waiting.Remove(next);
            next.Placement = SchedulerPlacement.Ready;
            ready.Add(next);
        }
    }
}
