using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Protocol;

/// Conversation references kept under `convref/{tenantId}/{conversationId}`, one per 1:1 chat, group chat and channel
/// (a channel's without the thread's `;messageid=…`), and for 1:1 chats a by-user index
/// `convref-user/{objectId}/{tenantId}` (<see cref="FindPersonalAsync"/>). Captured when the bot is installed or
/// added, refreshed on every turn, removed when it is uninstalled or removed (learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/subscribe-to-conversation-events).
/// Every write is conditional: on a conflict the stored reference is read again and merged, never overwritten blindly.
public sealed partial class ConversationReferenceStore(IDocumentStore store, ILogger<ConversationReferenceStore> logger)
{
    private const string Prefix = "convref/";

    // A conflict means another turn just stored this conversation's reference; this many in a row is a storm no turn should wait out.
    private const int MaxAttempts = 5;

    // What this instance last wrote or read per key, so an unchanged reference costs no store access per turn.
    private readonly ConcurrentDictionary<string, ConversationReference> known = new();

    /// Stores the reference (merged with the stored one) unless that changes nothing, and keeps the by-user index in
    /// step. <paramref name="checkStore"/> bypasses this instance's memory (install events: another instance may
    /// have removed the reference meanwhile).
    public async Task SaveAsync(ConversationReference reference, bool checkStore, CancellationToken cancellationToken)
    {
        reference = reference with { ConversationId = ConversationReference.WithoutThread(reference.ConversationId) };
        var key = Key(reference.TenantId, reference.ConversationId);
        if (!checkStore && known.TryGetValue(key, out var cached) && Same(cached, ConversationReference.Merge(cached, reference)))
        {
            return;
        }

        var stored = await WriteAsync(key, reference, cancellationToken);
        known[key] = stored;
        await IndexAsync(stored, cancellationToken);
    }

    /// Removes the conversation's reference and, for a 1:1 chat, its by-user index entry.
    public async Task RemoveAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var key = Key(tenantId, ConversationReference.WithoutThread(conversationId));
        known.TryRemove(key, out _);
        if (await store.GetAsync(key, cancellationToken) is not { } document)
        {
            return;
        }

        var reference = Parse(document);
        await store.DeleteAsync(key, null, cancellationToken); // the bot left: whatever a concurrent turn wrote goes too
        await UnindexAsync(reference, cancellationToken);
        ProtocolLog.ReferenceChanged(logger, "removed", reference.ConversationType, tenantId);
    }

    /// Removes the references of every channel of a team the bot was removed from.
    public async Task RemoveTeamAsync(string tenantId, string teamId, CancellationToken cancellationToken)
    {
        var channels = new List<string>();
        await foreach (var reference in ListAsync(tenantId, cancellationToken))
        {
            if (reference.TeamId == teamId)
            {
                channels.Add(reference.ConversationId);
            }
        }

        foreach (var conversationId in channels)
        {
            await RemoveAsync(tenantId, conversationId, cancellationToken);
        }
    }

    /// The reference of a chat or channel; a channel thread's id finds its channel's reference.
    public async Task<ConversationReference?> GetAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var document = await store.GetAsync(Key(tenantId, ConversationReference.WithoutThread(conversationId)), cancellationToken);
        return document is null ? null : Parse(document);
    }

    public async IAsyncEnumerable<ConversationReference> ListAsync(
        string? tenantId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var prefix = tenantId is null ? Prefix : $"{Prefix}{DocumentKey.Segment(tenantId)}/";
        await foreach (var document in store.ListAsync(prefix, cancellationToken))
        {
            yield return Parse(document);
        }
    }

    /// Get, merge, put if-match (or create-only); on a conflict read again. Returns what is stored.
    private async Task<ConversationReference> WriteAsync(string key, ConversationReference reference, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var existing = await store.GetAsync(key, cancellationToken);
            var current = existing is null ? null : Parse(existing);
            var merged = current is null ? reference : ConversationReference.Merge(current, reference);
            if (current is not null && Same(current, merged))
            {
                return current; // nothing changed: no write on every turn
            }

            var json = JsonSerializer.Serialize(merged, ProtocolJsonContext.Default.ConversationReference);
            var condition = existing is null ? PutCondition.CreateOnly : PutCondition.Matching(existing.ETag);
            if ((await store.PutAsync(key, json, condition, cancellationToken)).Outcome == PutOutcome.Written)
            {
                if (existing is null)
                {
                    ProtocolLog.ReferenceChanged(logger, "stored", merged.ConversationType, merged.TenantId);
                }

                return merged;
            }
        }

        throw new InvalidOperationException($"The conversation reference was changed by others {MaxAttempts} times in a row; not stored.");
    }

    // Unchanged apart from when it was last seen.
    private static bool Same(ConversationReference existing, ConversationReference reference) =>
        existing with { UpdatedUtc = reference.UpdatedUtc } == reference;

    private static ConversationReference Parse(StoredDocument document) =>
        JsonSerializer.Deserialize(document.Json, ProtocolJsonContext.Default.ConversationReference)!;

    private static string Key(string tenantId, string conversationId) =>
        $"{Prefix}{DocumentKey.Segment(tenantId)}/{DocumentKey.Segment(conversationId)}";
}
