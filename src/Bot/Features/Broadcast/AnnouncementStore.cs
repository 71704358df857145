using System.Runtime.CompilerServices;
using System.Text.Json;
using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Features.Broadcast;

/// Announcements under `broadcast/announcement/{id}`; changes are if-match, so two presses of "Senden" cannot both
/// record a send.
internal sealed class AnnouncementStore(IDocumentStore store)
{
    private const string Prefix = "broadcast/announcement/";

    public async Task<Announcement?> GetAsync(string id, CancellationToken cancellationToken) =>
        await store.GetAsync(Key(id), cancellationToken) is { } document ? Parse(document.Json) : null;

    public Task CreateAsync(Announcement announcement, CancellationToken cancellationToken) =>
        store.PutAsync(Key(announcement.Id), Serialize(announcement), PutCondition.CreateOnly, cancellationToken);

    /// Applies <paramref name="change"/> to the stored announcement (null: leave it), reading again on a conflict; returns
    /// the announcement as stored after, or null when there is none.
    public async Task<(Announcement Before, Announcement After)?> UpdateAsync(string id, Func<Announcement, Announcement?> change, CancellationToken cancellationToken)
    {
        while (await store.GetAsync(Key(id), cancellationToken) is { } document)
        {
            var current = Parse(document.Json);
            if (change(current) is not { } changed)
            {
                return (current, current);
            }

            if ((await store.PutAsync(Key(id), Serialize(changed), PutCondition.Matching(document.ETag), cancellationToken)).Outcome == PutOutcome.Written)
            {
                return (current, changed);
            }
        }

        return null;
    }

    public async IAsyncEnumerable<Announcement> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var document in store.ListAsync(Prefix, cancellationToken))
        {
            yield return Parse(document.Json);
        }
    }

    private static string Key(string id) => Prefix + DocumentKey.Segment(id);

    private static string Serialize(Announcement announcement) => JsonSerializer.Serialize(announcement, SubscriptionJsonContext.Default.Announcement);

    private static Announcement Parse(string json) =>
        JsonSerializer.Deserialize(json, SubscriptionJsonContext.Default.Announcement) ?? throw new InvalidDataException("A stored announcement is empty.");
}
