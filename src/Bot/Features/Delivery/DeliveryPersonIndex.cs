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

    public async Task AddAsync(DeliveryRecord record, CancellationToken cancellationToken)
    {
        if (Key(record) is { } key)
        {
            var json = JsonSerializer.Serialize(new DeliveryPersonEntry(record.ContentId, record.ConversationId), DeliveryJsonContext.Default.DeliveryPersonEntry);
            await store.PutAsync(key, json, PutCondition.CreateOnly, cancellationToken); // a conflict: enqueued before, already there
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
