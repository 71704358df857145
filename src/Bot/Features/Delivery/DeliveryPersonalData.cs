using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Privacy;

namespace KommunalBot.Bot.Features.Delivery;

/// Deliveries into a person's 1:1 chat: their records hold the person's conversation reference (Teams user id,
/// Entra object id). Found through <see cref="DeliveryPersonIndex"/>, never by reading every record. Erasure
/// deletes the records with their index entries, and a content that went to this person alone (a personal
/// notification, which may well be about them).
internal sealed class DeliveryPersonalData(DeliveryStore store, DeliveryPersonIndex people) : IPersonalData
{
    public string Kind => "deliveries";

    public async Task<JsonArray> ExportAsync(Person person, CancellationToken cancellationToken)
    {
        var export = new JsonArray();
        foreach (var entry in await EntriesAsync(person, cancellationToken))
        {
            var (contentId, conversationId) = entry.Value;
            if (await store.GetRecordAsync(contentId, conversationId, cancellationToken) is not { } record)
            {
                continue; // enqueue stopped between the entry and the record
            }

            var content = await store.GetContentAsync(contentId, cancellationToken);
            export.Add(new JsonObject
            {
                ["contentId"] = contentId,
                ["summary"] = content?.Value.Summary,
                ["state"] = record.Value.State.ToString(),
                ["recalled"] = content?.Value.Recalled?.ToString(),
                ["tenantId"] = record.Value.TenantId,
                ["conversationId"] = conversationId,
                ["createdUtc"] = record.Value.CreatedUtc,
                ["sentUtc"] = record.Value.SentUtc,
            });
        }

        return export;
    }

    public async Task<int> DeleteAsync(Person person, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var entry in await EntriesAsync(person, cancellationToken))
        {
            var (contentId, conversationId) = entry.Value;
            if (await store.GetRecordAsync(contentId, conversationId, cancellationToken) is { } record
                && await store.DeleteAsync(record.Key, null, cancellationToken))
            {
                deleted++;
            }

            await people.DeleteAsync(entry.Key, cancellationToken);
            await DeleteIfNoRecordLeftAsync(contentId, cancellationToken);
        }

        return deleted;
    }

    private async Task DeleteIfNoRecordLeftAsync(string contentId, CancellationToken cancellationToken)
    {
        await foreach (var _ in store.ListRecordsAsync(contentId, cancellationToken))
        {
            return;
        }

        await store.DeleteAsync(DeliveryStore.ContentKey(contentId), null, cancellationToken);
        await store.DeleteAsync(DeliveryStore.OpenKey(contentId), null, cancellationToken);
    }

    private async Task<List<Stored<DeliveryPersonEntry>>> EntriesAsync(Person person, CancellationToken cancellationToken)
    {
        var entries = new List<Stored<DeliveryPersonEntry>>();
        foreach (var personKey in person.Keys)
        {
            await foreach (var entry in people.ListAsync(personKey, cancellationToken))
            {
                entries.Add(entry);
            }
        }

        return entries;
    }
}
