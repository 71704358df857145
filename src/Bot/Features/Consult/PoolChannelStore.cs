using System.Text.Json;
using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Features.Consult;

/// The pools' bound channels, `consult/pool-channel/{pool}` (pool name in lower case). Binding again replaces the
/// binding: the last admin's word counts, so the write is unconditional.
internal sealed class PoolChannelStore(IDocumentStore store)
{
    private const string Prefix = "consult/pool-channel/";

    public async Task<PoolChannelBinding?> GetAsync(string pool, CancellationToken cancellationToken) =>
        await store.GetAsync(Key(pool), cancellationToken) is { } document
            ? JsonSerializer.Deserialize(document.Json, PoolChannelJsonContext.Default.PoolChannelBinding)
            : null;

    public async Task SaveAsync(PoolChannelBinding binding, CancellationToken cancellationToken) =>
        await store.PutAsync(Key(binding.Pool), JsonSerializer.Serialize(binding, PoolChannelJsonContext.Default.PoolChannelBinding),
            PutCondition.None, cancellationToken);

    private static string Key(string pool) => Prefix + DocumentKey.Segment(pool.ToLowerInvariant());
}
