using System.Collections.Concurrent;

namespace KommunalBot.Bot.Storage;

internal sealed partial class AzureBlobDocumentStore
{
    private const int ParallelCreates = 16;

    /// Create-only uploads, <see cref="ParallelCreates"/> at a time (Blob Storage has no multi-blob transaction; each
    /// upload is atomic on its own, which is all create-only needs).
    public async Task<IReadOnlySet<string>> CreateManyAsync(IReadOnlyList<KeyValuePair<string, string>> documents, CancellationToken cancellationToken)
    {
        var created = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(documents, new ParallelOptions { MaxDegreeOfParallelism = ParallelCreates, CancellationToken = cancellationToken },
            async (document, token) =>
            {
                if ((await PutAsync(document.Key, document.Value, PutCondition.CreateOnly, token)).Outcome == PutOutcome.Written)
                {
                    created[document.Key] = true;
                }
            });
        return created.Keys.ToHashSet(StringComparer.Ordinal);
    }
}
