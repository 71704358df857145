namespace KommunalBot.Bot.Features.Delivery;

/// Erasure of contents the owner feature names (<see cref="IOutbox.ForgetAsync"/>).
internal sealed partial class Outbox
{
    public async Task<int> ForgetAsync(string contentIdPrefix, CancellationToken cancellationToken)
    {
        if (contentIdPrefix.Length == 0 || !ValidContentId(contentIdPrefix.TrimEnd('.')))
        {
            throw new ArgumentException("A content id prefix: letters, digits, '-', '_', '.'.", nameof(contentIdPrefix));
        }

        var contents = new List<Stored<StoredContent>>();
        await foreach (var content in store.ListContentsAsync(cancellationToken, contentIdPrefix))
        {
            contents.Add(content);
        }

        foreach (var content in contents)
        {
            var records = new List<Stored<DeliveryRecord>>();
            await foreach (var record in store.ListRecordsAsync(content.Value.ContentId, cancellationToken))
            {
                records.Add(record);
            }

            foreach (var record in records)
            {
                await store.DeleteAsync(record.Key, null, cancellationToken);
                await people.RemoveAsync(record.Value, cancellationToken);
            }

            await store.DeleteAsync(DeliveryStore.OpenKey(content.Value.ContentId), null, cancellationToken);
            await store.DeleteAsync(content.Key, null, cancellationToken);
        }

        return contents.Count;
    }
}
