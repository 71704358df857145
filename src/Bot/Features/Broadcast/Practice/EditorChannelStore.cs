using System.Text.Json;
using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// The editors' channel, `broadcast/practice-editors`. Binding again replaces it: the last admin's word counts.
internal sealed class EditorChannelStore(IDocumentStore store)
{
    private const string Key = "broadcast/practice-editors";

    public async Task<EditorChannelBinding?> GetAsync(CancellationToken cancellationToken) =>
        await store.GetAsync(Key, cancellationToken) is { } document
            ? JsonSerializer.Deserialize(document.Json, PracticeJsonContext.Default.EditorChannelBinding)
            : null;

    public async Task SaveAsync(EditorChannelBinding binding, CancellationToken cancellationToken) =>
        await store.PutAsync(Key, JsonSerializer.Serialize(binding, PracticeJsonContext.Default.EditorChannelBinding), PutCondition.None, cancellationToken);
}
