namespace KommunalBot.Bot.Features.Delivery;

/// One conversation's queue, calls in flight and window log. It exists while any of them is non-empty.
internal sealed class SchedulerConversation(string id, SchedulerTenant tenant, SlidingWindowLimits limits) : ISchedulerPlaced
{
    /// Waiting conversations: earliest chance first (the head's sequence makes the order total).
    public static IComparer<SchedulerConversation> ByReadyAt { get; } = Comparer<SchedulerConversation>.Create((a, b) =>
        a.PlacedReadyAt != b.PlacedReadyAt ? a.PlacedReadyAt.CompareTo(b.PlacedReadyAt) : a.PlacedSequence.CompareTo(b.PlacedSequence));

    /// Ready conversations: the one whose first work is due earliest, FIFO among equals.
    public static IComparer<SchedulerConversation> ByHead { get; } = Comparer<SchedulerConversation>.Create((a, b) =>
        a.PlacedDue != b.PlacedDue ? a.PlacedDue.CompareTo(b.PlacedDue) : a.PlacedSequence.CompareTo(b.PlacedSequence));

    public string Id { get; } = id;

    public SchedulerTenant Tenant { get; } = tenant;

    public SortedSet<SchedulerEntry> Queue { get; } = new(SchedulerEntry.ByDue);

    public SlidingWindowLog Log { get; } = new(limits);

    public int InFlight { get; set; }

    public bool ForgetScheduled { get; set; }

    public bool IsIdle => Queue.Count == 0 && InFlight == 0 && Log.Count == 0;

    // The keys of its place in the tenant's sets, copied when placed: a sorted set must find it by the keys it was added with.
    public SchedulerPlacement Placement { get; set; }

    public long PlacedReadyAt { get; set; }

    public long PlacedDue { get; set; }

    public long PlacedSequence { get; set; }

    /// When its first work may go as far as the conversation's windows allow; long.MaxValue when nothing is queued or
    /// only a completion can make room.
    public long ReadyAt() => Queue.Min is { } head ? Math.Max(head.NotBefore, Log.FreeAt(InFlight)) : long.MaxValue;
}
