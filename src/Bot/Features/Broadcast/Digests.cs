using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Resources;

namespace KommunalBot.Bot.Features.Broadcast;

/// Plans and sends digests, for the scheduled run (<see cref="DigestJob"/>) and an editor's `digest`. A digest holds
/// the items published after the subscription's last digest up to its instant that match its kinds, topics and region
/// (<see cref="BroadcastTarget"/> per item). Exactly once: the content id is a function of the instant, the language and
/// the items (`broadcast-digest-{instant yyyyMMddHHmm}-{hash}`), and LastDigestUtc moves to the instant only after the
/// enqueue, so a run repeated after a crash in between (or on another instance) re-enqueues the same content, which
/// Delivery ignores.
internal sealed class Digests(SubscriptionStore subscriptions, DigestItemStore items, IOutbox outbox, DigestCards cards, ILogger<Digests> logger)
{
    public async Task<DigestPlan> PlanAsync(IReadOnlyList<DigestDue> due, CancellationToken cancellationToken)
    {
        if (due.Count == 0)
        {
            return new DigestPlan([], []);
        }

        var published = await items.ListAsync(due.Min(d => d.Subscription.LastDigestUtc), due.Max(d => d.Until), cancellationToken);
        var groups = new Dictionary<string, (DigestGroup Group, List<Subscription> Members)>(StringComparer.Ordinal);
        var quiet = new List<DigestDue>();
        foreach (var (subscription, until) in due)
        {
            var matching = published
                .Where(i => i.PublishedUtc > subscription.LastDigestUtc && i.PublishedUtc <= until)
                .Where(i => new BroadcastTarget(i.Kind, i.Topics, i.Region).Matches(subscription))
                .ToList();
            if (matching.Count == 0)
            {
                quiet.Add(new DigestDue(subscription, until));
                continue;
            }

            var culture = Texts.CultureFor(subscription.Reference.Locale);
            var contentId = ContentId(until, culture, matching);
            if (!groups.TryGetValue(contentId, out var entry))
            {
                groups[contentId] = entry = (new DigestGroup(contentId, culture, until, matching, []), []);
            }

            entry.Members.Add(subscription);
        }

        return new DigestPlan([.. groups.Values.Select(g => g.Group with { Subscriptions = g.Members })], quiet);
    }

    /// Enqueues each group's digest, then moves every planned subscription's LastDigestUtc to its instant (never back).
    /// Returns how many deliveries were new.
    public async Task<int> SendAsync(DigestPlan plan, CancellationToken cancellationToken)
    {
        var queued = 0;
        foreach (var group in plan.Groups)
        {
            var recipients = group.Subscriptions.Select(s => (DeliveryRecipient)new DeliveryRecipient.Conversation(s.Reference)).ToList();
            switch (await outbox.EnqueueAsync(cards.Content(group), recipients, cancellationToken))
            {
                case EnqueueOutcome.Queued done:
                    queued += done.New;
                    SubscriptionLog.DigestQueued(logger, group.ContentId, group.Subscriptions.Count, group.Items.Count, done.New);
                    break;
                case EnqueueOutcome.Rejected rejected:
                    SubscriptionLog.DigestRejected(logger, group.ContentId, rejected.Reason.ToString(), rejected.Detail);
                    break;
            }
        }

        foreach (var (subscription, until) in plan.Groups.SelectMany(g => g.Subscriptions.Select(s => (s, g.Until)))
                     .Concat(plan.Quiet.Select(q => (q.Subscription, q.Until))))
        {
            await subscriptions.UpdateAsync(subscription.ConversationId,
                s => s.LastDigestUtc >= until ? null : s with { LastDigestUtc = until }, cancellationToken);
        }

        return queued;
    }

    /// `broadcast-digest-{instant}-{12 hex digits of SHA-256 over the language and the item ids}`.
    public static string ContentId(DateTimeOffset until, CultureInfo culture, IEnumerable<DigestItem> items)
    {
        var key = culture.Name + "\n" + string.Join("\n", items.Select(i => i.Id));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
        return $"broadcast-digest-{until.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture)}-{hash}";
    }
}
