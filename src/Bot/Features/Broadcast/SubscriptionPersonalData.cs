using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Privacy;

namespace KommunalBot.Bot.Features.Broadcast;

/// DSGVO access and erasure for subscriptions a person saved and announcements they wrote. Erasure keeps both and
/// anonymises the person (object id <see cref="ErasedObjectId"/>): a subscription belongs to its channel, whose members
/// still want the digests (ending it would punish them for one member's request; any member can end it with
/// `abbestellen`), and an announcement already sent is the organisation's record of what it told whom. Digest items
/// name no person.
internal sealed class SubscriptionPersonalData(SubscriptionStore subscriptions, AnnouncementStore announcements) : IPersonalData
{
    /// Not an Entra object id (those are GUIDs), so it never matches a person.
    public const string ErasedObjectId = "erased";

    public string Kind => "broadcastSubscriptions";

    public async Task<JsonArray> ExportAsync(Person person, CancellationToken cancellationToken)
    {
        var export = new JsonArray();
        await foreach (var subscription in subscriptions.ListAsync(cancellationToken))
        {
            if (Same(subscription.CreatedBy, person.ObjectId))
            {
                export.Add(new JsonObject
                {
                    ["role"] = "subscribed",
                    ["tenantId"] = subscription.TenantId,
                    ["conversationType"] = subscription.Reference.ConversationType,
                    ["conversationId"] = subscription.ConversationId,
                    ["topics"] = new JsonArray([.. subscription.Topics.Select(t => (JsonNode)t!)]),
                    ["region"] = subscription.Region,
                    ["kinds"] = new JsonArray([.. subscription.Kinds.Select(k => (JsonNode)k.ToString()!)]),
                    ["frequency"] = subscription.Frequency.ToString(),
                    ["createdUtc"] = subscription.CreatedUtc,
                });
            }
        }

        await foreach (var announcement in announcements.ListAsync(cancellationToken))
        {
            if (Same(announcement.AuthorObjectId, person.ObjectId))
            {
                export.Add(new JsonObject
                {
                    ["role"] = "announced",
                    ["id"] = announcement.Id,
                    ["title"] = announcement.Title,
                    ["status"] = announcement.Status.ToString(),
                    ["createdUtc"] = announcement.CreatedUtc,
                });
            }
        }

        return export;
    }

    public async Task<int> DeleteAsync(Person person, CancellationToken cancellationToken)
    {
        var conversations = new List<string>();
        await foreach (var subscription in subscriptions.ListAsync(cancellationToken))
        {
            if (Same(subscription.CreatedBy, person.ObjectId))
            {
                conversations.Add(subscription.ConversationId);
            }
        }

        var ids = new List<string>();
        await foreach (var announcement in announcements.ListAsync(cancellationToken))
        {
            if (Same(announcement.AuthorObjectId, person.ObjectId))
            {
                ids.Add(announcement.Id);
            }
        }

        foreach (var conversationId in conversations)
        {
            await subscriptions.UpdateAsync(conversationId, s => Same(s.CreatedBy, person.ObjectId) ? s with { CreatedBy = ErasedObjectId } : null, cancellationToken);
        }

        foreach (var id in ids)
        {
            await announcements.UpdateAsync(id, a => Same(a.AuthorObjectId, person.ObjectId) ? a with { AuthorObjectId = ErasedObjectId } : null, cancellationToken);
        }

        return conversations.Count + ids.Count;
    }

    // Entra object ids are GUIDs that Teams and Entra spell in either case.
    private static bool Same(string? a, string? b) => !string.IsNullOrEmpty(a) && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
