using System.Runtime.CompilerServices;
using System.Text.Json;
using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Protocol;

/// Conversation references kept under `convref/{tenantId}/{conversationId}`: captured when the bot is
/// installed or added, refreshed on every turn, removed when it is uninstalled or removed (§7).
public sealed class ConversationReferenceStore(IDocumentStore store, ILogger<ConversationReferenceStore> logger)
{
    private const string Prefix = "convref/";

    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        var key = Key(reference.TenantId, reference.ConversationId);
        var existing = await store.GetAsync(key, cancellationToken);
        if (existing is not null && Same(existing, reference))
        {
            return; // nothing changed: no write on every turn
        }

        var json = JsonSerializer.Serialize(reference, ProtocolJsonContext.Default.ConversationReference);
        await store.PutAsync(key, json, PutCondition.None, cancellationToken);
        if (existing is null)
        {
            ProtocolLog.ReferenceChanged(logger, "stored", reference.ConversationType, reference.TenantId);
        }
    }

    public async Task RemoveAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        if (await store.DeleteAsync(Key(tenantId, conversationId), null, cancellationToken))
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
        var prefix = tenantId is null ? Prefix : $"{Prefix}{Uri.EscapeDataString(tenantId)}/";
        await foreach (var document in store.ListAsync(prefix, cancellationToken))
        {
            yield return Parse(document);
        }
    }

    private static bool Same(StoredDocument existing, ConversationReference reference) =>
        Parse(existing) with { UpdatedUtc = reference.UpdatedUtc } == reference;

    private static ConversationReference Parse(StoredDocument document) =>
        JsonSerializer.Deserialize(document.Json, ProtocolJsonContext.Default.ConversationReference)!;

    private static string Key(string tenantId, string conversationId) =>
        $"{Prefix}{Uri.EscapeDataString(tenantId)}/{Uri.EscapeDataString(conversationId)}";
}
