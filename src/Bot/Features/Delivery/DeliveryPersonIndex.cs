using System.Runtime.CompilerServices;
using System.Text.Json;
using KommunalBot.Bot.Features.Privacy;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Features.Delivery;

/// `delivery-person/{personKey}/{contentId}/{conversationId}`: the deliveries into a person's 1:1 chat, so an
/// access or erasure request lists one prefix instead of every record. Written at enqueue before the record (a
/// record is never without its entry), deleted with it.
internal sealed class DeliveryPersonIndex(IDocumentStore store)
{
    public const string Prefix = "delivery-person/";

    /// The person a delivery names: the one of a 1:1 chat (<see cref="PersonKey"/>); null for channels and groups.
    public static string? PersonOf(ConversationReference reference) =>
        reference.ConversationType == "personal" ? PersonKey.For(reference.UserAadObjectId, reference.UserId) : null;

    /// Entries for the records that go into 1:1 chats; existing entries (enqueued before) stay.
    public async Task AddManyAsync(IReadOnlyList<DeliveryRecord> records, CancellationToken cancellationToken)
    {
        var entries = records.Where(r => Key(r) is not null)
            .Select(r => KeyValuePair.Create(Key(r)!, JsonSerializer.Serialize(new DeliveryPersonEntry(r.ContentId, r.ConversationId), DeliveryJsonContext.Default.DeliveryPersonEntry)))
            .ToList();
        if (entries.Count > 0)
        {
            await store.CreateManyAsync(entries, cancellationToken);
        }
    }

    public async IAsyncEnumerable<Stored<DeliveryPersonEntry>> ListAsync(string personKey, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var document in store.ListAsync(Prefix + DocumentKey.Segment(personKey) + "/", cancellationToken))
        {
            yield return new Stored<DeliveryPersonEntry>(document.Key, JsonSerializer.Deserialize(document.Json, DeliveryJsonContext.Default.DeliveryPersonEntry)!, document.ETag);
        }
    }

    public async Task RemoveAsync(DeliveryRecord record, CancellationToken cancellationToken)
    {
        if (Key(record) is { } key)
        {
            await store.DeleteAsync(key, null, cancellationToken);
        }
    }

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken) => store.DeleteAsync(key, null, cancellationToken);

    private static string? Key(DeliveryRecord record) => PersonOf(record.Reference) is { } person
        ? $"{Prefix}{DocumentKey.Segment(person)}/{DocumentKey.Segment(record.ContentId)}/{DocumentKey.Segment(record.ConversationId)}"
        : null;
}
