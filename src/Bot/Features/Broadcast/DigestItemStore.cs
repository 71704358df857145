using System.Globalization;
using System.Text.Json;
using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Features.Broadcast;

/// Items for the digests: `broadcast/item/{published, yyyyMMddHHmmss UTC}-{id}`, so a listing is in publication order.
internal sealed class DigestItemStore(IDocumentStore store)
{
    private const string Prefix = "broadcast/item/";

    /// Stores the item; adding the same id at the same instant again changes nothing.
    public async Task AddAsync(DigestItem item, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(item, BroadcastJsonContext.Default.DigestItem);
        await store.PutAsync(Key(item), json, PutCondition.CreateOnly, cancellationToken);
    }

    /// Items published in (<paramref name="afterUtc"/>, <paramref name="untilUtc"/>], oldest first.
    public async Task<IReadOnlyList<DigestItem>> ListAsync(DateTimeOffset afterUtc, DateTimeOffset untilUtc, CancellationToken cancellationToken)
    {
        var items = new List<DigestItem>();
        await foreach (var document in store.ListAsync(Prefix, cancellationToken))
        {
            var item = Parse(document.Json);
            if (item.PublishedUtc > afterUtc && item.PublishedUtc <= untilUtc)
            {
                items.Add(item);
            }
        }

        return items;
    }

    /// Deletes items published before <paramref name="beforeUtc"/> (retention); returns how many.
    public Task<int> PurgeAsync(DateTimeOffset beforeUtc, CancellationToken cancellationToken) =>
        store.DeleteWhereAsync(Prefix, document => Parse(document.Json).PublishedUtc < beforeUtc, cancellationToken);

    private static string Key(DigestItem item) =>
        Prefix + item.PublishedUtc.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "-" + DocumentKey.Segment(item.Id);

    private static DigestItem Parse(string json) =>
        JsonSerializer.Deserialize(json, BroadcastJsonContext.Default.DigestItem)
        ?? throw new InvalidDataException("A stored digest item is empty.");
}
