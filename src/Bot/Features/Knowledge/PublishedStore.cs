using System.Text.Json;
using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Features.Knowledge;

/// Published items in the document store, one document each under `knowledge/published/{id}`, and
/// `knowledge/version`, rewritten after every change (written after the item, read before the items, so a
/// reader that sees a new version also sees the change behind it).
internal sealed class PublishedStore(IDocumentStore store, TimeProvider timeProvider, ILogger<PublishedStore> logger)
{
    private const string Prefix = "knowledge/published/";
    private const string VersionKey = "knowledge/version";

    public async Task PutAsync(PublishedArticle article, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(article, KnowledgeJsonContext.Default.PublishedArticle);
        await store.PutAsync(Key(article.Id), json, PutCondition.None, cancellationToken);
        await TouchVersionAsync(cancellationToken);
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        var deleted = await store.DeleteAsync(Key(id), ifMatchETag: null, cancellationToken);
        if (deleted)
        {
            await TouchVersionAsync(cancellationToken);
        }

        return deleted;
    }

    /// The version's ETag; null before anything was ever published.
    public async Task<string?> VersionAsync(CancellationToken cancellationToken) =>
        (await store.GetAsync(VersionKey, cancellationToken))?.ETag;

    /// Every readable item with its ETag (which changes whenever the item is published again).
    public async Task<List<(PublishedArticle Article, string ETag)>> ListAsync(CancellationToken cancellationToken)
    {
        var items = new List<(PublishedArticle, string)>();
        await foreach (var document in store.ListAsync(Prefix, cancellationToken))
        {
            try
            {
                items.Add((JsonSerializer.Deserialize(document.Json, KnowledgeJsonContext.Default.PublishedArticle)!, document.ETag));
            }
            catch (JsonException)
            {
                KnowledgeLog.PublishedUnreadable(logger, document.Key);
            }
        }

        return items;
    }

    private Task TouchVersionAsync(CancellationToken cancellationToken) =>
        store.PutAsync(
            VersionKey,
            JsonSerializer.Serialize(new PublishedVersion(timeProvider.GetUtcNow()), KnowledgeJsonContext.Default.PublishedVersion),
            PutCondition.None,
            cancellationToken);

    private static string Key(string id) => Prefix + DocumentKey.Segment(id);
}
