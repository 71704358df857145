using System.Runtime.CompilerServices;
using System.Text.Json;
using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Protocol;

/// The by-user index: tenant + Entra object id → the person's 1:1 conversation reference, a second small document
/// written after the reference and removed with it.
public sealed partial class ConversationReferenceStore
{
    private const string UserPrefix = "convref-user/";

    /// The 1:1 chat of the person (Entra object id) in the tenant, or null when the bot has none with them.
    public async Task<ConversationReference?> FindPersonalAsync(string tenantId, string userAadObjectId, CancellationToken cancellationToken)
    {
        var document = await store.GetAsync(UserKey(userAadObjectId, tenantId), cancellationToken);
        return document is null ? null : await GetAsync(tenantId, ParseEntry(document).ConversationId, cancellationToken);
    }

    /// The person's 1:1 chats in every tenant (access and erasure requests name only the object id).
    public async IAsyncEnumerable<ConversationReference> ListPersonalAsync(
        string userAadObjectId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var document in store.ListAsync(UserPrefix + DocumentKey.Segment(userAadObjectId.ToLowerInvariant()) + "/", cancellationToken))
        {
            var entry = ParseEntry(document);
            if (await GetAsync(entry.TenantId, entry.ConversationId, cancellationToken) is { } reference)
            {
                yield return reference;
            }
        }
    }

    /// Points the person's entry at this 1:1 chat, create-only or if-match, reading again on a conflict.
    private async Task IndexAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        if (reference.ConversationType != "personal" || string.IsNullOrEmpty(reference.UserAadObjectId))
        {
            return;
        }

        var key = UserKey(reference.UserAadObjectId, reference.TenantId);
        var entry = new ConversationReferenceIndexEntry(reference.TenantId, reference.ConversationId);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var existing = await store.GetAsync(key, cancellationToken);
            if (existing is not null && ParseEntry(existing) == entry)
            {
                return;
            }

            var json = JsonSerializer.Serialize(entry, ProtocolJsonContext.Default.ConversationReferenceIndexEntry);
            var condition = existing is null ? PutCondition.CreateOnly : PutCondition.Matching(existing.ETag);
            if ((await store.PutAsync(key, json, condition, cancellationToken)).Outcome == PutOutcome.Written)
            {
                return;
            }
        }

        throw new InvalidOperationException($"The by-user index entry was changed by others {MaxAttempts} times in a row; not stored.");
    }

    /// Removes the person's entry if it still points at this chat (if-match: a newer chat's entry stays).
    private async Task UnindexAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(reference.UserAadObjectId))
        {
            return;
        }

        var key = UserKey(reference.UserAadObjectId, reference.TenantId);
        if (await store.GetAsync(key, cancellationToken) is { } existing && ParseEntry(existing).ConversationId == reference.ConversationId)
        {
            await store.DeleteAsync(key, existing.ETag, cancellationToken);
        }
    }

    private static ConversationReferenceIndexEntry ParseEntry(StoredDocument document) =>
        JsonSerializer.Deserialize(document.Json, ProtocolJsonContext.Default.ConversationReferenceIndexEntry)!;

    // Object ids are GUIDs that Teams and Entra spell in either case.
    private static string UserKey(string userAadObjectId, string tenantId) =>
        $"{UserPrefix}{DocumentKey.Segment(userAadObjectId.ToLowerInvariant())}/{DocumentKey.Segment(tenantId)}";
}
