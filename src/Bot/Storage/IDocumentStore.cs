namespace KommunalBot.Bot.Storage;

/// A JSON document store with optimistic concurrency, shaped like the Bot Framework's storage:
/// get, put with if-match / if-none-match, delete, list by key prefix. Features own their key schemes.
/// Keys: 1-512 characters, no control characters, no "." / ".." segments, not ending in "." or "/"
/// (the rules of a blob name; see <see cref="DocumentKey"/>).
public interface IDocumentStore
{
    Task<StoredDocument?> GetAsync(string key, CancellationToken cancellationToken);

    /// Writes the document. <paramref name="condition"/> decides races: exactly one of two
    /// conflicting writers wins, the other gets <see cref="PutOutcome.Conflict"/>.
    Task<PutResult> PutAsync(string key, string json, PutCondition condition, CancellationToken cancellationToken);

    /// Creates each document whose key does not exist yet (create-only, like <see cref="PutCondition.CreateOnly"/>) and
    /// returns the keys it created; existing documents are left as they are. For batches (the outbox enqueues one record
    /// per channel, thousands at once): SQLite writes them in few transactions, Azure Blob uploads several at a time.
    async Task<IReadOnlySet<string>> CreateManyAsync(IReadOnlyList<KeyValuePair<string, string>> documents, CancellationToken cancellationToken)
    {
        var created = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, json) in documents)
        {
            if ((await PutAsync(key, json, PutCondition.CreateOnly, cancellationToken)).Outcome == PutOutcome.Written)
            {
                created.Add(key);
            }
        }

        return created;
    }

    /// Deletes the document; with an etag only when it still matches. Returns false when nothing was deleted.
    Task<bool> DeleteAsync(string key, string? ifMatchETag, CancellationToken cancellationToken);

    /// Documents whose key starts with <paramref name="prefix"/> (ordinal, case-sensitive), ordered by key.
    IAsyncEnumerable<StoredDocument> ListAsync(string prefix, CancellationToken cancellationToken);

    /// True when the backend answers (used by /readyz).
    Task<bool> PingAsync(CancellationToken cancellationToken);

    /// Makes deleted documents unrecoverable from files the backend keeps (after an erasure request,
    /// DSGVO Art. 17). Nothing to do where deletion already removes the data from what we control.
    Task CompactAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
