using System.Runtime.CompilerServices;
using System.Text.Json;
using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// Events with their answers, one document each: `broadcast/event/{id}`. Every change reads, decides and writes with
/// if-match, and reads again after a conflict, so concurrent answers are never lost or counted twice.
internal sealed class EventStore(IDocumentStore store)
{
    private const string Prefix = "broadcast/event/";

    // Each retry follows a write that won, so 50 answers at once need at most 49 retries; far more means a bug.
    private const int MaxAttempts = 500;

    public async Task<StoredEvent?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (!BroadcastEvent.IsId(id) || await store.GetAsync(Prefix + id, cancellationToken) is not { } document)
        {
            return null;
        }

        return new StoredEvent(Parse(document.Json), document.ETag);
    }

    public async Task CreateAsync(BroadcastEvent ev, CancellationToken cancellationToken)
    {
        var result = await store.PutAsync(Prefix + ev.Id, Serialize(ev), PutCondition.CreateOnly, cancellationToken);
        if (result.Outcome != PutOutcome.Written)
        {
            throw new InvalidOperationException($"Event id {ev.Id} exists already (80 random bits should never repeat).");
        }
    }

    /// Applies <paramref name="decide"/> to the current event and writes what it returns (with the result it computed);
    /// a null event means "nothing to write". Returns null for an unknown id.
    public async Task<(BroadcastEvent Event, T Result)?> ChangeAsync<T>(
        string id, Func<BroadcastEvent, (BroadcastEvent? Changed, T Result)> decide, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await GetAsync(id, cancellationToken) is not { } stored)
            {
                return null;
            }

            var (changed, result) = decide(stored.Event);
            if (changed is null)
            {
                return (stored.Event, result);
            }

            var written = await store.PutAsync(Prefix + id, Serialize(changed), PutCondition.Matching(stored.ETag), cancellationToken);
            if (written.Outcome == PutOutcome.Written)
            {
                return (changed, result);
            }
        }

        throw new InvalidOperationException($"Event {id} kept changing under {MaxAttempts} attempts to write it.");
    }

    public async IAsyncEnumerable<StoredEvent> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var document in store.ListAsync(Prefix, cancellationToken))
        {
            yield return new StoredEvent(Parse(document.Json), document.ETag);
        }
    }

    /// Deletes the event if it is still the version read; false when it changed meanwhile or is gone.
    public Task<bool> DeleteAsync(StoredEvent stored, CancellationToken cancellationToken) =>
        store.DeleteAsync(Prefix + stored.Event.Id, stored.ETag, cancellationToken);

    private static string Serialize(BroadcastEvent ev) => JsonSerializer.Serialize(ev, EventJsonContext.Default.BroadcastEvent);

    private static BroadcastEvent Parse(string json) =>
        JsonSerializer.Deserialize(json, EventJsonContext.Default.BroadcastEvent)
        ?? throw new InvalidDataException("A stored event is empty.");
}
