using KommunalBot.Bot.Features.Access;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Broadcast;

/// Who receives a send, and whether the editor may send it: every send (digest now, announcement, event invite)
/// resolves its audience here, once for the preview and again when it is confirmed.
internal sealed class BroadcastAudience(SubscriptionStore subscriptions, IOptionsMonitor<BroadcastOptions> options, AccessPolicy access)
{
    /// The regions an editor is limited to; null when not limited. Entries by object id win over entries by tenant.
    public IReadOnlyList<string>? EditorRegions(string? tenantId, string? objectId)
    {
        var audiences = options.CurrentValue.EditorAudiences;
        var personal = audiences.Where(a => objectId is not null && string.Equals(a.ObjectId, objectId, StringComparison.OrdinalIgnoreCase)).ToList();
        var entries = personal.Count > 0
            ? personal
            : audiences.Where(a => a.ObjectId is null && tenantId is not null && string.Equals(a.TenantId, tenantId, StringComparison.OrdinalIgnoreCase)).ToList();
        return entries.Count == 0 ? null : [.. entries.SelectMany(e => e.Regions).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// True when the editor may send an item of <paramref name="region"/> (null: everywhere).
    public bool MaySendTo(string? tenantId, string? objectId, string? region) =>
        EditorRegions(tenantId, objectId) is not { } limits || region is not null && limits.Any(l => Regions.Contains(l, region));

    /// The matching subscriptions, for an editor limited to regions only those of organisations (or subscribed regions)
    /// in them; refused when the target's region lies outside the editor's regions.
    public async Task<AudienceOutcome> ResolveAsync(BroadcastTarget target, string? editorTenantId, string? editorObjectId, CancellationToken cancellationToken)
    {
        var limits = EditorRegions(editorTenantId, editorObjectId);
        if (limits is not null && !MaySendTo(editorTenantId, editorObjectId, target.Region))
        {
            return new AudienceOutcome.OutsideEditorRegions(limits);
        }

        var reached = new List<Subscription>();
        await foreach (var subscription in subscriptions.ListAsync(cancellationToken))
        {
            if (target.Matches(subscription) && (limits is null || Within(limits, subscription)))
            {
                reached.Add(subscription);
            }
        }

        return new AudienceOutcome.Allowed(new AudiencePlan(reached));
    }

    private bool Within(IReadOnlyList<string> limits, Subscription subscription)
    {
        var organisationRegion = access.Tenant(subscription.TenantId)?.Region;
        return limits.Any(l => Regions.Contains(l, subscription.Region) || Regions.Contains(l, organisationRegion));
    }
}
