using KommunalBot.Bot.Features.Access;

namespace KommunalBot.Bot.Features.Broadcast;

/// `GET /admin/broadcast/subscriptions`: the counts of <see cref="SubscriptionCounts"/>.
internal static class SubscriptionTotals
{
    public static async Task<IResult> CountAsync(SubscriptionStore subscriptions, AccessPolicy access, CancellationToken cancellationToken)
    {
        var all = new List<Subscription>();
        await foreach (var subscription in subscriptions.ListAsync(cancellationToken))
        {
            all.Add(subscription);
        }

        var byTenant = all.GroupBy(s => s.TenantId, StringComparer.OrdinalIgnoreCase)
            .Select(g => new SubscriptionCount(g.Key, access.Tenant(g.Key)?.Organisation is { Length: > 0 } name ? name : null, g.Count()));
        var byRegion = all.GroupBy(s => s.Region ?? "alle", StringComparer.OrdinalIgnoreCase).Select(g => new SubscriptionCount(g.Key, null, g.Count()));
        var byKind = all.SelectMany(s => s.Kinds).GroupBy(k => k).Select(g => new SubscriptionCount(g.Key.ToString(), null, g.Count()));
        var counts = new SubscriptionCounts(
            all.Count, byTenant.Count(), [.. byTenant.OrderByDescending(c => c.Count)], [.. byRegion.OrderByDescending(c => c.Count)], [.. byKind.OrderBy(c => c.Key)]);
        return TypedResults.Json(counts, SubscriptionJsonContext.Default.SubscriptionCounts);
    }
}
