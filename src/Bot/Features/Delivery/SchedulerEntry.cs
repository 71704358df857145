namespace KommunalBot.Bot.Features.Delivery;

/// A <see cref="DeliveryWork"/> queued or in flight in the <see cref="DeliveryScheduler"/>.
internal sealed class SchedulerEntry(DeliveryWork work, SchedulerConversation conversation)
{
    /// Earliest due first, FIFO among equals.
    public static IComparer<SchedulerEntry> ByDue { get; } = Comparer<SchedulerEntry>.Create((a, b) =>
        a.NotBefore != b.NotBefore ? a.NotBefore.CompareTo(b.NotBefore) : a.Sequence.CompareTo(b.Sequence));

    public DeliveryWork Work { get; } = work;

    public SchedulerConversation Conversation { get; } = conversation;

    /// Due time, UTC ticks.
    public long NotBefore { get; set; }

    /// When it was queued or, in flight, taken: a step of the scheduler's sequence (changed only outside any set).
    public long Sequence { get; set; }

    public bool InFlight { get; set; }
}
