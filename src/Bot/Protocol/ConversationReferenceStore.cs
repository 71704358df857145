using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Protocol;

/// Conversation references kept under `convref/{tenantId}/{conversationId}`: captured when the bot is
/// installed or added, refreshed on every turn, removed when it is uninstalled or removed (learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/subscribe-to-conversation-events).
public sealed class ConversationReferenceStore(IDocumentStore store, ILogger<ConversationReferenceStore> logger)
{
    private const string Prefix = "convref/";

    // What this instance last wrote or read per key, so an unchanged reference costs no store access per turn.
    private readonly ConcurrentDictionary<string, ConversationReference> known = new();

    /// Stores the reference unless it is unchanged. <paramref name="checkStore"/> bypasses this instance's
    /// memory (install events: another instance may have removed the reference meanwhile).
    public async Task SaveAsync(ConversationReference reference, bool checkStore, CancellationToken cancellationToken)
    {
        var key = Key(reference.TenantId, reference.ConversationId);
        if (!checkStore && known.TryGetValue(key, out var cached) && Same(cached, reference))
        {
            return;
        }

        var existing = await store.GetAsync(key, cancellationToken);
        if (existing is not null && Same(Parse(existing), reference))
        {
            known[key] = reference;
            return; // nothing changed: no write on every turn
        }

        var json = JsonSerializer.Serialize(reference, ProtocolJsonContext.Default.ConversationReference);
        await store.PutAsync(key, json, PutCondition.None, cancellationToken);
        known[key] = reference;
        if (existing is null)
        {
            ProtocolLog.ReferenceChanged(logger, "stored", reference.ConversationType, reference.TenantId);
        }
    }

    public async Task RemoveAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var key = Key(tenantId, conversationId);
        known.TryRemove(key, out _);
        if (await store.DeleteAsync(key, null, cancellationToken))
        {
            ProtocolLog.ReferenceChanged(logger, "removed", "any", tenantId);
        }
    }

    public async Task<ConversationReference?> GetAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var document = await store.GetAsync(Key(tenantId, conversationId), cancellationToken);
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

    private static bool Same(ConversationReference existing, ConversationReference reference) =>
        existing with { UpdatedUtc = reference.UpdatedUtc } == reference;

    private static ConversationReference Parse(StoredDocument document) =>
        JsonSerializer.Deserialize(document.Json, ProtocolJsonContext.Default.ConversationReference)!;

    private static string Key(string tenantId, string conversationId) =>
        $"{Prefix}{DocumentKey.Segment(tenantId)}/{DocumentKey.Segment(conversationId)}";
}
