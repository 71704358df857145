using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Features.Delivery;

/// The outbox's documents: contents `delivery-content/{contentId}`, records `delivery/{contentId}/{conversationId}`,
/// open markers `delivery-open/{contentId}`. Every record write is conditional (create-only or if-match).
internal sealed class DeliveryStore(IDocumentStore store)
{
    public const string RecordPrefix = "delivery/";
    public const string ContentPrefix = "delivery-content/";
    public const string OpenPrefix = "delivery-open/";

    public static string RecordKey(string contentId, string conversationId) =>
        $"{RecordPrefix}{DocumentKey.Segment(contentId)}/{DocumentKey.Segment(conversationId)}";

    public static string RecordsOf(string contentId) => $"{RecordPrefix}{DocumentKey.Segment(contentId)}/";

    public static string ContentKey(string contentId) => ContentPrefix + DocumentKey.Segment(contentId);

    public static string OpenKey(string contentId) => OpenPrefix + DocumentKey.Segment(contentId);

    public async Task<Stored<StoredContent>?> GetContentAsync(string contentId, CancellationToken cancellationToken) =>
        await GetAsync(ContentKey(contentId), DeliveryJsonContext.Default.StoredContent, cancellationToken);

    public async Task<Stored<DeliveryRecord>?> GetRecordAsync(string contentId, string conversationId, CancellationToken cancellationToken) =>
        await GetAsync(RecordKey(contentId, conversationId), DeliveryJsonContext.Default.DeliveryRecord, cancellationToken);

    /// Writes the content: create-only without an etag, else if-match. The new etag, or null on a conflict.
    public Task<string?> PutContentAsync(StoredContent content, string? etag, CancellationToken cancellationToken) =>
        PutAsync(ContentKey(content.ContentId), content, DeliveryJsonContext.Default.StoredContent, etag, cancellationToken);

    /// Writes the record: create-only without an etag, else if-match. The new etag, or null on a conflict.
    public Task<string?> PutRecordAsync(DeliveryRecord record, string? etag, CancellationToken cancellationToken) =>
        PutAsync(RecordKey(record.ContentId, record.ConversationId), record, DeliveryJsonContext.Default.DeliveryRecord, etag, cancellationToken);

    /// Creates the records that do not exist yet (a batch: the outbox enqueues thousands at once); returns how many it created.
    public async Task<int> CreateRecordsAsync(IReadOnlyList<DeliveryRecord> records, CancellationToken cancellationToken) =>
        (await store.CreateManyAsync(
            records.Select(r => KeyValuePair.Create(RecordKey(r.ContentId, r.ConversationId), Serialize(r, DeliveryJsonContext.Default.DeliveryRecord))).ToList(),
            cancellationToken)).Count;

    public async IAsyncEnumerable<Stored<DeliveryRecord>> ListRecordsAsync(
        string contentId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var document in store.ListAsync(RecordsOf(contentId), cancellationToken))
        {
            yield return new Stored<DeliveryRecord>(document.Key, Parse(document.Json, DeliveryJsonContext.Default.DeliveryRecord), document.ETag);
        }
    }

    /// Contents whose id starts with <paramref name="idPrefix"/> (all when empty).
    public async IAsyncEnumerable<Stored<StoredContent>> ListContentsAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken, string idPrefix = "")
    {
        await foreach (var document in store.ListAsync(ContentPrefix + idPrefix, cancellationToken))
        {
            yield return new Stored<StoredContent>(document.Key, Parse(document.Json, DeliveryJsonContext.Default.StoredContent), document.ETag);
        }
    }

    /// Marks the content as having work for the sender (unconditional: a newer marker is as good as an older one).
    public async Task OpenAsync(string contentId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await store.PutAsync(OpenKey(contentId), Serialize(new OpenContent(contentId, now), DeliveryJsonContext.Default.OpenContent),
            PutCondition.None, cancellationToken);

    public async IAsyncEnumerable<Stored<OpenContent>> ListOpenAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var document in store.ListAsync(OpenPrefix, cancellationToken))
        {
            yield return new Stored<OpenContent>(document.Key, Parse(document.Json, DeliveryJsonContext.Default.OpenContent), document.ETag);
        }
    }

    /// Removes the marker only if nobody touched it since <paramref name="etag"/> was read (then there is new work).
    public Task<bool> CloseAsync(string contentId, string etag, CancellationToken cancellationToken) =>
        store.DeleteAsync(OpenKey(contentId), etag, cancellationToken);

    public Task<bool> DeleteAsync(string key, string? etag, CancellationToken cancellationToken) =>
        store.DeleteAsync(key, etag, cancellationToken);

    private async Task<Stored<T>?> GetAsync<T>(string key, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var document = await store.GetAsync(key, cancellationToken);
        return document is null ? null : new Stored<T>(document.Key, Parse(document.Json, type), document.ETag);
    }

    private async Task<string?> PutAsync<T>(string key, T value, JsonTypeInfo<T> type, string? etag, CancellationToken cancellationToken)
    {
        var condition = etag is null ? PutCondition.CreateOnly : PutCondition.Matching(etag);
        var result = await store.PutAsync(key, Serialize(value, type), condition, cancellationToken);
        return result.Outcome == PutOutcome.Written ? result.ETag : null;
    }

    private static string Serialize<T>(T value, JsonTypeInfo<T> type) => JsonSerializer.Serialize(value, type);

    private static T Parse<T>(string json, JsonTypeInfo<T> type) => JsonSerializer.Deserialize(json, type)!;
}
