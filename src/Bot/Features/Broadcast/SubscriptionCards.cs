using System.Globalization;
using KommunalBot.Bot.Features.Access;
using KommunalBot.Bot.Features.Knowledge;
using KommunalBot.Knowledge;

namespace KommunalBot.Bot.Features.Broadcast;

/// What the subscription cards show: a subscription as facts, dates in Europe/Berlin as TT.MM.JJJJ HH:mm, the topics to
/// choose from, and for editors how many subscriptions there are in all.
internal sealed class SubscriptionCards(BroadcastReplies replies, SubscriptionStore subscriptions, KnowledgeHost knowledge, AccessPolicy access)
{
    /// The Themenfelder of the knowledge base, the topics a channel can subscribe to.
    public IReadOnlyList<string> Topics() =>
        [.. knowledge.Knowledge.Services.Keys.Where(k => k != KnowledgeBase.NoThemenfeld)];

    public IReadOnlyList<BroadcastFact> Facts(Subscription subscription, DateTimeOffset now, CultureInfo culture) =>
    [
        new(Text("broadcastSubFactKinds", culture), string.Join(", ", subscription.Kinds.Select(k => Text("broadcastSubKind" + k, culture)))),
        new(Text("broadcastSubFactTopics", culture), subscription.Topics.Count == 0 ? Text("broadcastSubAllTopics", culture) : string.Join(", ", subscription.Topics)),
        new(Text("broadcastSubFactRegion", culture), subscription.Region ?? Text("broadcastSubRegionAll", culture)),
        new(Text("broadcastSubFactSchedule", culture), Schedule(subscription, culture)),
        new(Text("broadcastSubFactNext", culture), NextDigest(subscription, now)),
    ];

    /// The next digest after now (or after the last one, should that lie ahead), Europe/Berlin.
    public static string NextDigest(Subscription subscription, DateTimeOffset now) =>
        Berlin(DigestSchedule.Next(subscription, now > subscription.LastDigestUtc ? now : subscription.LastDigestUtc));

    public static string Berlin(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, DigestSchedule.Berlin).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    /// "Alle Abonnements: 312 Kanäle und Gruppenchats in 57 Organisationen." for editors and admins; null for others.
    public async Task<string?> TotalAsync(string tenantId, string? objectId, CultureInfo culture, CancellationToken cancellationToken)
    {
        if (!access.May(tenantId, objectId, Permission.Publish))
        {
            return null;
        }

        var channels = 0;
        var tenants = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await foreach (var subscription in subscriptions.ListAsync(cancellationToken))
        {
            channels++;
            tenants.Add(subscription.TenantId);
        }

        return Text("broadcastSubTotal", culture, channels, tenants.Count);
    }

    public string Text(string key, CultureInfo culture, params object[] args) => replies.Text(key, culture, args);

    private string Schedule(Subscription subscription, CultureInfo culture)
    {
        var hour = $"{subscription.Hour:00}:00";
        return subscription.Frequency == DigestFrequency.Monthly
            ? Text("broadcastSubScheduleMonthly", culture, subscription.DayOfMonth, hour)
            : Text("broadcastSubScheduleWeekly", culture, Text("broadcastSub" + subscription.Day, culture), hour);
    }
}
