using System.Diagnostics.CodeAnalysis;

namespace KommunalBot.Bot.Features.Delivery;

/// TEMPORARY naive scheduler for developing the sender (O(n) scans); replaced by the real one.
internal sealed class DeliveryScheduler(
    IReadOnlyList<RateLimit> conversationLimits,
    IReadOnlyList<RateLimit> tenantLimits,
    TimeSpan baseBackoff,
    TimeSpan maxBackoff,
    Func<double> jitter)
{
    private readonly List<(DeliveryWork Work, DateTimeOffset Due)> queue = [];
    private readonly HashSet<string> flying = [];
    private readonly Dictionary<string, List<DateTimeOffset>> log = [];
    private readonly Dictionary<string, int> flyingBy = [];
    private readonly Dictionary<string, (DateTimeOffset Until, int Streak)> paused = [];

    public int Queued => queue.Count;

    public int InFlight => flying.Count;

    public bool Add(DeliveryWork work, DateTimeOffset notBefore)
    {
        if (flying.Contains(work.Key) || queue.Any(q => q.Work.Key == work.Key))
        {
            return false;
        }

        queue.Add((work, notBefore));
        return true;
    }

    public bool TryTake(DateTimeOffset now, [NotNullWhen(true)] out DeliveryWork? work)
    {
        var best = queue.Where(q => q.Due <= now && !Paused(q.Work.TenantId, now) && Free("t:" + q.Work.TenantId, tenantLimits, now)
                && Free("c:" + q.Work.ConversationId, conversationLimits, now))
            .OrderByDescending(q => queue.Count(o => o.Work.TenantId == q.Work.TenantId)).ThenBy(q => q.Due).Select(q => q.Work).FirstOrDefault();
        work = best;
        if (work is null)
        {
            return false;
        }

        var key = work.Key;
        queue.RemoveAll(q => q.Work.Key == key);
        flying.Add(key);
        Bump("t:" + work.TenantId, 1);
        Bump("c:" + work.ConversationId, 1);
        return true;
    }

    public void Completed(DeliveryWork work, DateTimeOffset now)
    {
        Land(work);
        Log("t:" + work.TenantId).Add(now);
        Log("c:" + work.ConversationId).Add(now);
        paused.Remove(work.TenantId);
    }

    public void Released(DeliveryWork work) => Land(work);

    public void Throttled(DeliveryWork work, DateTimeOffset now, TimeSpan? retryAfter)
    {
        Land(work);
        var streak = paused.TryGetValue(work.TenantId, out var p) ? p.Streak + 1 : 1;
        var backoff = baseBackoff * Math.Pow(2, streak - 1);
        var wait = retryAfter ?? (backoff < maxBackoff ? backoff : maxBackoff) * (0.8 + (0.4 * jitter()));
        paused[work.TenantId] = (now + wait, streak);
        queue.Add((work, now + wait));
    }

    public bool Remove(string key) => queue.RemoveAll(q => q.Work.Key == key) > 0;

    public DateTimeOffset? NextChance(DateTimeOffset now)
    {
        if (queue.Count == 0)
        {
            return null;
        }

        var soonest = queue.Min(q => q.Due);
        return soonest > now ? soonest : now + TimeSpan.FromMilliseconds(20);
    }

    private void Land(DeliveryWork work)
    {
        if (flying.Remove(work.Key))
        {
            Bump("t:" + work.TenantId, -1);
            Bump("c:" + work.ConversationId, -1);
        }
    }

    private bool Paused(string tenant, DateTimeOffset now) => paused.TryGetValue(tenant, out var p) && p.Until > now;

    private bool Free(string key, IReadOnlyList<RateLimit> limits, DateTimeOffset now) =>
        limits.All(l => flyingBy.GetValueOrDefault(key) + Log(key).Count(t => t > now - l.Window) < l.Count);

    private void Bump(string key, int by) => flyingBy[key] = flyingBy.GetValueOrDefault(key) + by;

    private List<DateTimeOffset> Log(string key) => log.TryGetValue(key, out var l) ? l : log[key] = [];
}
