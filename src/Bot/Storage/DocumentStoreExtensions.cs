namespace KommunalBot.Bot.Storage;

public static class DocumentStoreExtensions
{
    /// Deletes the documents under <paramref name="prefix"/> that <paramref name="expired"/> picks (retention,
    /// sweeps); returns how many went. Each delete carries the etag that was read, so a document rewritten
    /// meanwhile (by this or another instance) is left for the next run instead of being lost.
    public static async Task<int> DeleteWhereAsync(
        this IDocumentStore store, string prefix, Func<StoredDocument, bool> expired, CancellationToken cancellationToken)
    {
        var picked = new List<StoredDocument>();
        await foreach (var document in store.ListAsync(prefix, cancellationToken))
        {
            if (expired(document))
            {
                picked.Add(document);
            }
        }

        var deleted = 0;
        foreach (var document in picked)
        {
            deleted += await store.DeleteAsync(document.Key, document.ETag, cancellationToken) ? 1 : 0;
        }

        return deleted;
    }
}
