using System.Diagnostics.CodeAnalysis;

namespace KommunalBot.Bot.Features.Delivery;

/// Decides which delivery goes next and when, so that no call exceeds Teams' rate limits
/// (learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit) and a fan-out ends as early as they allow.
/// Pure and single-threaded: the sender's loop owns it and passes every time in; times never go back (an earlier
/// `now` counts as the latest seen, which is what real time did).
///
/// A call counts in its conversation's and its tenant's sliding windows: in flight it occupies a slot "now" (when it
/// reaches Teams is unknown), completed it counts from its completion time (it reached Teams before its answer, so
/// this is never earlier than Teams' own stamp). Among tenants whose work may go, the one with the most queued work
/// goes first: the largest tenant bounds the duration of a fan-out. Within a tenant, earliest due first, FIFO among equals.
///
/// Tenants, and within each its conversations, wait in a <see cref="SchedulerLine{T}"/> by the exact time their work
/// may next go: no call scans all tenants or all work.
internal sealed partial class DeliveryScheduler(
    IReadOnlyList<RateLimit> conversationLimits,
    IReadOnlyList<RateLimit> tenantLimits,
    TimeSpan baseBackoff,
    TimeSpan maxBackoff,
    Func<double> jitter)
{
    private readonly SlidingWindowLimits conversationWindows = new(conversationLimits);
    private readonly SlidingWindowLimits tenantWindows = new(tenantLimits);
    private readonly Dictionary<string, SchedulerEntry> entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SchedulerTenant> tenants = new(StringComparer.Ordinal);
    private readonly SchedulerLine<SchedulerTenant> line = new(SchedulerTenant.ByReadyAt, SchedulerTenant.ByQueued);
    private long sequence;
    private long clock = long.MinValue;

    public int Queued => entries.Count - InFlight;

    public int InFlight { get; private set; }

    public bool Add(DeliveryWork work, DateTimeOffset notBefore)
    {
        if (entries.ContainsKey(work.Key))
        {
            return false;
        }

        if (!tenants.TryGetValue(work.TenantId, out var tenant))
        {
            tenant = new SchedulerTenant(work.TenantId, ++sequence, tenantWindows);
            tenants.Add(work.TenantId, tenant);
        }

        var entry = new SchedulerEntry(work, tenant.Conversation(work.ConversationId, conversationWindows))
        {
            NotBefore = notBefore.UtcTicks,
            Sequence = ++sequence,
        };
        entries.Add(work.Key, entry);
        tenant.Enqueue(entry);
        Place(tenant);
        return true;
    }

    public bool TryTake(DateTimeOffset now, [NotNullWhen(true)] out DeliveryWork? work)
    {
        var at = Tick(now);
        Forget(at);
        line.Promote(at);
        if (line.Highest is not { } tenant)
        {
            work = null;
            return false;
        }

        var entry = tenant.Take(at);
        entry.InFlight = true;
        entry.Sequence = ++sequence;
        InFlight++;
        Place(tenant);
        work = entry.Work;
        return true;
    }

    public void Completed(DeliveryWork work, DateTimeOffset now)
    {
        var at = Tick(now);
        var entry = Land(work);
        var tenant = entry.Conversation.Tenant;
        if (entry.Sequence > tenant.ThrottledAt)
        {
            tenant.Streak = 0;
        }

        tenant.Finish(entry, at);
        Place(tenant);
        ScheduleForget(entry.Conversation, at);
    }

    public void Released(DeliveryWork work)
    {
        var entry = Land(work);
        var tenant = entry.Conversation.Tenant;
        tenant.Finish(entry, completedAt: null);
        tenant.ForgetIfIdle(entry.Conversation);
        Place(tenant);
        ForgetIfIdle(tenant, clock);
    }

    /// A 429 pauses the whole tenant and only it: the answer does not say which of its limits was hit, and other
    /// tenants' budgets are their own. Only a 429 for a call taken after the previous 429 was known lengthens
    /// the streak (and only a success taken after it ends the streak): calls already under way when a tenant is
    /// throttled are refused together and are one event, not a reason to wait minutes. A Retry-After is obeyed
    /// exactly and does not lengthen the streak: Teams said how long, so a later 429 without one starts from the
    /// base back-off instead of a guess grown from waits Teams had already named (the fan-out benchmark's 429 storm
    /// otherwise left tenants waiting 32 s after it ended).
    public void Throttled(DeliveryWork work, DateTimeOffset now, TimeSpan? retryAfter)
    {
        var at = Tick(now);
        var entry = Land(work);
        var tenant = entry.Conversation.Tenant;
        tenant.Finish(entry, completedAt: null);
        if (retryAfter is null && entry.Sequence > tenant.ThrottledAt)
        {
            tenant.Streak++;
        }

        tenant.ThrottledAt = ++sequence;
        var pause = retryAfter ?? Backoff(Math.Max(1, tenant.Streak));
        tenant.PausedUntil = Math.Max(tenant.PausedUntil, at + Math.Max(0, pause.Ticks));
        entry.InFlight = false;
        entry.NotBefore = tenant.PausedUntil;
        entry.Sequence = ++sequence;
        entries.Add(work.Key, entry);
        tenant.Enqueue(entry);
        Place(tenant);
        ScheduleForget(tenant, at);
    }

    public bool Remove(string key)
    {
        if (!entries.TryGetValue(key, out var entry) || entry.InFlight)
        {
            return false;
        }

        entries.Remove(key);
        var tenant = entry.Conversation.Tenant;
        tenant.Dequeue(entry);
        tenant.ForgetIfIdle(entry.Conversation);
        Place(tenant);
        ForgetIfIdle(tenant, clock);
        return true;
    }

    public DateTimeOffset? NextChance(DateTimeOffset now)
    {
        var next = line.ReadyCount > 0 ? long.MinValue : line.NextReadyAt;
        return next == long.MaxValue ? null
            : next <= Math.Max(now.UtcTicks, clock) ? now
            : new DateTimeOffset(next, TimeSpan.Zero);
    }

    private long Tick(DateTimeOffset now) => clock = Math.Max(clock, now.UtcTicks);

    /// Ends the flight of <paramref name="work"/>; a call for work not in flight is a bug in the sender.
    private SchedulerEntry Land(DeliveryWork work)
    {
        if (!entries.TryGetValue(work.Key, out var entry) || !entry.InFlight)
        {
            throw new InvalidOperationException($"delivery {work.Key} is not in flight");
        }

        entries.Remove(work.Key);
        InFlight--;
        return entry;
    }

    private TimeSpan Backoff(int streak)
    {
        // Doubling is capped in the exponent too: 2^62 base ticks exceed any maximum.
        var grown = Math.Min(baseBackoff.Ticks * Math.Pow(2, Math.Min(streak - 1, 62)), maxBackoff.Ticks);
        return TimeSpan.FromTicks((long)(grown * (0.8 + (0.4 * jitter()))));
    }

    /// Puts the tenant into the set its queue and next chance call for (none while nothing is queued or it waits
    /// for completions); every change to a tenant ends here, so its place is always current.
    private void Place(SchedulerTenant tenant)
    {
        line.Remove(tenant);
        if (tenant.Queued > 0 && tenant.ReadyAt() is var readyAt && readyAt != long.MaxValue)
        {
            tenant.PlacedQueued = tenant.Queued;
            line.Add(tenant, readyAt, clock);
        }
    }
}
