using System.Runtime.CompilerServices;
using System.Text.Json;
using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Features.Consult;

/// FAQ drafts, one per request: `consult/draft/{requestId}`. Created once (a second press of the button keeps the
/// first draft), deleted when an editor decides.
internal sealed class DraftStore(IDocumentStore store)
{
    private const string Prefix = "consult/draft/";

    /// False when the request has a draft already.
    public async Task<bool> CreateAsync(DraftFaq draft, CancellationToken cancellationToken) =>
        (await store.PutAsync(Key(draft.RequestId), JsonSerializer.Serialize(draft, RelayJsonContext.Default.DraftFaq), PutCondition.CreateOnly, cancellationToken))
            .Outcome == PutOutcome.Written;

    public async Task<DraftFaq?> GetAsync(string requestId, CancellationToken cancellationToken) =>
        await store.GetAsync(Key(requestId), cancellationToken) is { } document ? Parse(document) : null;

    /// Overwrites the draft (erasure anonymises who made it).
    public async Task ReplaceAsync(DraftFaq draft, CancellationToken cancellationToken) =>
        await store.PutAsync(Key(draft.RequestId), JsonSerializer.Serialize(draft, RelayJsonContext.Default.DraftFaq), PutCondition.None, cancellationToken);

    /// Oldest first.
    public async IAsyncEnumerable<DraftFaq> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var drafts = new List<DraftFaq>();
        await foreach (var document in store.ListAsync(Prefix, cancellationToken))
        {
            drafts.Add(Parse(document));
        }

        foreach (var draft in drafts.OrderBy(d => d.CreatedUtc))
        {
            yield return draft;
        }
    }

    /// False when another editor decided first.
    public async Task<bool> DeleteAsync(string requestId, CancellationToken cancellationToken) =>
        await store.DeleteAsync(Key(requestId), null, cancellationToken);

    private static string Key(string requestId) => Prefix + DocumentKey.Segment(requestId);

    private static DraftFaq Parse(StoredDocument document) => JsonSerializer.Deserialize(document.Json, RelayJsonContext.Default.DraftFaq)!;
}
