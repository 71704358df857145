using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Protocol;

/// References stored before one reference per channel and the by-user index existed: channel references were kept
/// per thread (`convref/{tenantId}/19:…;messageid=…`) and 1:1 chats had no index entry. At start-up each thread
/// reference is merged into its channel's reference and then deleted, and each 1:1 reference gets its index entry,
/// so nothing stored is lost. Chats and group chats already had the key they have now. A finished upgrade leaves the
/// marker `convref-scheme/2`, so later starts cost one read instead of reading every reference again (references
/// are only ever written in the new scheme since).
public sealed partial class ConversationReferenceStore
{
    private const string SchemeMarker = "convref-scheme/2";

    /// Returns how many documents were moved or indexed; safe to run on several instances at once (conditional writes).
    internal async Task<int> UpgradeAsync(CancellationToken cancellationToken)
    {
        if (await store.GetAsync(SchemeMarker, cancellationToken) is not null)
        {
            return 0;
        }

        var documents = new List<StoredDocument>(); // read first: the loop writes under the same prefix
        await foreach (var document in store.ListAsync(Prefix, cancellationToken))
        {
            documents.Add(document);
        }

        var changed = 0;
        foreach (var document in documents)
        {
            var reference = Parse(document);
            var channel = reference with { ConversationId = ConversationReference.WithoutThread(reference.ConversationId) };
            var key = Key(channel.TenantId, channel.ConversationId);
            if (document.Key != key)
            {
                await WriteAsync(key, channel, cancellationToken);
                await store.DeleteAsync(document.Key, document.ETag, cancellationToken);
                changed++;
            }
            else if (reference.ConversationType == "personal" && !string.IsNullOrEmpty(reference.UserAadObjectId)
                && await store.GetAsync(UserKey(reference.UserAadObjectId, reference.TenantId), cancellationToken) is null)
            {
                await IndexAsync(reference, cancellationToken);
                changed++;
            }
        }

        await store.PutAsync(SchemeMarker, """{"scheme":2}""", PutCondition.None, cancellationToken);
        return changed;
    }
}
