using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Features.Consult;

/// Consult's documents: requests `consult/request/{id}`, the yearly id counter `consult/counter/{year}`, and two indexes
/// written after the request: `consult/requester/{tenantId}/{objectId}/{id}` (a clerk's own requests, access and
/// erasure) and `consult/open/{id}` (requests not yet closed: SLA and restart). Request writes are create-only or
/// if-match, so of two advisors acting at once exactly one write wins and the other decides again on what it finds.
internal sealed class ConsultStore(IDocumentStore store)
{
    private const string RequestPrefix = "consult/request/";
    private const string RequesterPrefix = "consult/requester/";
    private const string OpenPrefix = "consult/open/";
    private const int MaxCounterAttempts = 50;

    /// The next readable id of <paramref name="year"/>: `BK-2026-0042`. Numbers are never given out twice.
    public async Task<string> NextIdAsync(int year, CancellationToken cancellationToken)
    {
        var next = await NextAsync($"consult/counter/{year.ToString(CultureInfo.InvariantCulture)}", cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"BK-{year}-{next:0000}");
    }

    /// 1, 2, 3, … per pool: whose turn it is in a round-robin pool.
    public Task<int> NextTurnAsync(string pool, CancellationToken cancellationToken) =>
        NextAsync("consult/round-robin/" + DocumentKey.Segment(pool.ToLowerInvariant()), cancellationToken);

    private async Task<int> NextAsync(string key, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxCounterAttempts; attempt++)
        {
            var document = await store.GetAsync(key, cancellationToken);
            var next = (document is null ? 0 : Parse(document.Json, ConsultJsonContext.Default.ConsultCounter).Last) + 1;
            var json = JsonSerializer.Serialize(new ConsultCounter(next), ConsultJsonContext.Default.ConsultCounter);
            var condition = document is null ? PutCondition.CreateOnly : PutCondition.Matching(document.ETag);
            if ((await store.PutAsync(key, json, condition, cancellationToken)).Outcome == PutOutcome.Written)
            {
                return next;
            }
        }

        throw new InvalidOperationException($"The counter {key} was changed by others {MaxCounterAttempts} times in a row.");
    }

    public async Task<StoredRequest?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var document = await store.GetAsync(RequestKey(id), cancellationToken);
        return document is null ? null : new StoredRequest(Parse(document.Json, ConsultJsonContext.Default.ConsultRequest), document.ETag);
    }

    /// Stores a new request and its indexes; false when the id exists already.
    public async Task<bool> CreateAsync(ConsultRequest request, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(request, ConsultJsonContext.Default.ConsultRequest);
        if ((await store.PutAsync(RequestKey(request.Id), json, PutCondition.CreateOnly, cancellationToken)).Outcome != PutOutcome.Written)
        {
            return false;
        }

        await IndexAsync(RequesterKey(request), request, cancellationToken);
        await IndexAsync(OpenKey(request.Id), request, cancellationToken);
        return true;
    }

    /// Replaces the request if it is still the version read (<paramref name="etag"/>); keeps the open index in step.
    /// The new etag, or null when someone else wrote it first.
    public async Task<string?> ReplaceAsync(ConsultRequest request, string etag, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(request, ConsultJsonContext.Default.ConsultRequest);
        var result = await store.PutAsync(RequestKey(request.Id), json, PutCondition.Matching(etag), cancellationToken);
        if (result.Outcome != PutOutcome.Written)
        {
            return null;
        }

        if (request.IsOpen)
        {
            await IndexAsync(OpenKey(request.Id), request, cancellationToken);
        }
        else
        {
            await store.DeleteAsync(OpenKey(request.Id), null, cancellationToken);
        }

        return result.ETag;
    }

    /// The clerk's requests, oldest first.
    public IAsyncEnumerable<ConsultRequest> ListByRequesterAsync(string tenantId, string objectId, CancellationToken cancellationToken) =>
        ListIndexedAsync($"{RequesterPrefix}{DocumentKey.Segment(tenantId)}/{DocumentKey.Segment(objectId.ToLowerInvariant())}/", cancellationToken);

    /// Requests not closed or withdrawn.
    public IAsyncEnumerable<ConsultRequest> ListOpenAsync(CancellationToken cancellationToken) => ListIndexedAsync(OpenPrefix, cancellationToken);

    /// Every request, open or closed, in id order (retention, access and erasure requests: rare, so a scan).
    public async IAsyncEnumerable<ConsultRequest> ListAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var document in store.ListAsync(RequestPrefix, cancellationToken))
        {
            yield return Parse(document.Json, ConsultJsonContext.Default.ConsultRequest);
        }
    }

    /// Deletes the request and its index entries (retention, erasure).
    public async Task DeleteAsync(ConsultRequest request, CancellationToken cancellationToken)
    {
        await store.DeleteAsync(RequestKey(request.Id), null, cancellationToken);
        await store.DeleteAsync(RequesterKey(request), null, cancellationToken);
        await store.DeleteAsync(OpenKey(request.Id), null, cancellationToken);
    }

    private async IAsyncEnumerable<ConsultRequest> ListIndexedAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ids = new List<string>(); // read the index first: callers may write requests while they go through them
        await foreach (var document in store.ListAsync(prefix, cancellationToken))
        {
            ids.Add(Parse(document.Json, ConsultJsonContext.Default.ConsultIndexEntry).Id);
        }

        foreach (var id in ids)
        {
            if (await GetAsync(id, cancellationToken) is { } stored)
            {
                yield return stored.Request;
            }
        }
    }

    private async Task IndexAsync(string key, ConsultRequest request, CancellationToken cancellationToken) =>
        await store.PutAsync(key, JsonSerializer.Serialize(new ConsultIndexEntry(request.Id, request.CreatedUtc), ConsultJsonContext.Default.ConsultIndexEntry),
            PutCondition.None, cancellationToken);

    private static string RequestKey(string id) => RequestPrefix + DocumentKey.Segment(id);

    private static string OpenKey(string id) => OpenPrefix + DocumentKey.Segment(id);

    private static string RequesterKey(ConsultRequest request) =>
        $"{RequesterPrefix}{DocumentKey.Segment(request.TenantId)}/{DocumentKey.Segment(request.RequesterObjectId.ToLowerInvariant())}/{DocumentKey.Segment(request.Id)}";

    private static T Parse<T>(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) => JsonSerializer.Deserialize(json, type)!;
}
