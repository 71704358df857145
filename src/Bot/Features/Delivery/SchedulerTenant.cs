namespace KommunalBot.Bot.Features.Delivery;

/// One tenant's conversations, calls in flight, window log and 429 pause. Its conversations with queued work wait in
/// a line until their windows and due times let them go; of those ready, the one whose first work is due earliest goes.
internal sealed class SchedulerTenant(string id, long ordinal, SlidingWindowLimits limits) : ISchedulerPlaced
{
    private readonly SchedulerLine<SchedulerConversation> line = new(SchedulerConversation.ByReadyAt, SchedulerConversation.ByHead);

    /// Waiting tenants: earliest chance first.
    public static IComparer<SchedulerTenant> ByReadyAt { get; } = Comparer<SchedulerTenant>.Create((a, b) =>
        a.PlacedReadyAt != b.PlacedReadyAt ? a.PlacedReadyAt.CompareTo(b.PlacedReadyAt) : a.Ordinal.CompareTo(b.Ordinal));

    /// Ready tenants: the largest queue is the Max (the first seen among equals).
    public static IComparer<SchedulerTenant> ByQueued { get; } = Comparer<SchedulerTenant>.Create((a, b) =>
        a.PlacedQueued != b.PlacedQueued ? a.PlacedQueued.CompareTo(b.PlacedQueued) : b.Ordinal.CompareTo(a.Ordinal));

    public string Id { get; } = id;

    public long Ordinal { get; } = ordinal;

    public Dictionary<string, SchedulerConversation> Conversations { get; } = new(StringComparer.Ordinal);

    public SlidingWindowLog Log { get; } = new(limits);

    public int Queued { get; private set; }

    public int InFlight { get; private set; }

    /// UTC ticks; no call before.
    public long PausedUntil { get; set; } = long.MinValue;

    /// 429s in a row, each for a call taken after the previous 429 was known.
    public int Streak { get; set; }

    /// The scheduler's sequence when the last 429 came: calls taken before it were already under way.
    public long ThrottledAt { get; set; } = long.MinValue;

    public bool ForgetScheduled { get; set; }

    // The keys of its place in the scheduler's sets, copied when placed.
    public SchedulerPlacement Placement { get; set; }

    public long PlacedReadyAt { get; set; }

    public int PlacedQueued { get; set; }

    public SchedulerConversation Conversation(string conversationId, SlidingWindowLimits conversationLimits)
    {
        if (!Conversations.TryGetValue(conversationId, out var conversation))
        {
            conversation = new SchedulerConversation(conversationId, this, conversationLimits);
            Conversations.Add(conversationId, conversation);
        }

        return conversation;
    }

    /// When its next work may go: the pause, the tenant's windows and its readiest conversation all allow it.
    /// long.MaxValue when nothing is queued or it waits only for calls in flight.
    public long ReadyAt()
    {
        var conversation = line.ReadyCount > 0 ? long.MinValue : line.NextReadyAt;
        return conversation == long.MaxValue ? long.MaxValue : Math.Max(Math.Max(conversation, PausedUntil), Log.FreeAt(InFlight));
    }

    /// When nothing but an empty log or an ended pause keeps it (long.MaxValue: no such time yet).
    public long ForgetAt(long now) =>
        Math.Min(Log.Count > 0 ? Log.ExpiresAt : long.MaxValue, PausedUntil > now ? PausedUntil : long.MaxValue);

    public bool IsIdle(long now) => Conversations.Count == 0 && Queued == 0 && InFlight == 0 && Log.Count == 0 && PausedUntil <= now;

    public void Enqueue(SchedulerEntry entry)
    {
        entry.Conversation.Queue.Add(entry);
        Queued++;
        Place(entry.Conversation);
    }

    public void Dequeue(SchedulerEntry entry)
    {
        entry.Conversation.Queue.Remove(entry);
        Queued--;
        Place(entry.Conversation);
    }

    /// Takes the first work of the ready conversation due earliest; the caller has checked that the tenant may go.
    public SchedulerEntry Take(long now)
    {
        line.Promote(now);
        var conversation = line.Lowest ?? throw new InvalidOperationException($"tenant {Id} was taken from with no conversation ready");
        var entry = conversation.Queue.Min!;
        conversation.Queue.Remove(entry);
        conversation.InFlight++;
        Queued--;
        InFlight++;
        Place(conversation);
        return entry;
    }

    /// The call of <paramref name="entry"/> ended; <paramref name="completedAt"/> when it counts in the windows.
    public void Finish(SchedulerEntry entry, long? completedAt)
    {
        var conversation = entry.Conversation;
        conversation.InFlight--;
        InFlight--;
        if (completedAt is { } at)
        {
            conversation.Log.Add(at);
            Log.Add(at);
        }

        Place(conversation);
    }

    public void ForgetIfIdle(SchedulerConversation conversation)
    {
        if (conversation.IsIdle && Conversations.TryGetValue(conversation.Id, out var current) && current == conversation)
        {
            Conversations.Remove(conversation.Id);
        }
    }

    private void Place(SchedulerConversation conversation)
    {
        line.Remove(conversation);
        if (conversation.ReadyAt() is var readyAt && readyAt != long.MaxValue)
        {
            var head = conversation.Queue.Min!;
            conversation.PlacedDue = head.NotBefore;
            conversation.PlacedSequence = head.Sequence;
            line.Add(conversation, readyAt, now: long.MinValue); // promoted when the tenant is taken from
        }
    }
}
