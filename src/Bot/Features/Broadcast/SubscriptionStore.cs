using System.Runtime.CompilerServices;
using System.Text.Json;
using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Features.Broadcast;

/// Subscriptions, one per conversation: `broadcast/subscription/{hash of the conversation id}`. A channel's
/// subscription is replaced as a whole when it is edited (last writer wins: the card shows what is stored after).
internal sealed class SubscriptionStore(IDocumentStore store)
{
    private const string Prefix = "broadcast/subscription/";

    public async Task<Subscription?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        var document = await store.GetAsync(Key(conversationId), cancellationToken);
        return document is null ? null : Parse(document.Json);
    }

    public async Task SaveAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(subscription, BroadcastJsonContext.Default.Subscription);
        await store.PutAsync(Key(subscription.ConversationId), json, PutCondition.None, cancellationToken);
    }

    /// Changes the stored subscription with <paramref name="change"/> (null: leave it) if-match, reading again on a
    /// conflict, so a digest run's LastDigestUtc and a channel's own edit do not overwrite each other. Returns what is
    /// stored after; null when the conversation has no subscription.
    public async Task<Subscription?> UpdateAsync(string conversationId, Func<Subscription, Subscription?> change, CancellationToken cancellationToken)
    {
        var key = Key(conversationId);
        while (true)
        {
            if (await store.GetAsync(key, cancellationToken) is not { } document)
            {
                return null;
            }

            var current = Parse(document.Json);
            if (change(current) is not { } changed || changed == current)
            {
                return current;
            }

            var json = JsonSerializer.Serialize(changed, BroadcastJsonContext.Default.Subscription);
            if ((await store.PutAsync(key, json, PutCondition.Matching(document.ETag), cancellationToken)).Outcome == PutOutcome.Written)
            {
                return changed;
            }
        }
    }

    /// False when the conversation had no subscription.
    public Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken) =>
        store.DeleteAsync(Key(conversationId), null, cancellationToken);

    public async IAsyncEnumerable<Subscription> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var document in store.ListAsync(Prefix, cancellationToken))
        {
            yield return Parse(document.Json);
        }
    }

    private static string Key(string conversationId) => Prefix + DocumentKey.Hash(Protocol.ConversationReference.WithoutThread(conversationId));

    private static Subscription Parse(string json) =>
        JsonSerializer.Deserialize(json, BroadcastJsonContext.Default.Subscription)
        ?? throw new InvalidDataException("A stored subscription is empty.");
}
