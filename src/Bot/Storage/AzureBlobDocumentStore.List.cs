using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs.Models;

namespace KommunalBot.Bot.Storage;

internal sealed partial class AzureBlobDocumentStore
{
    private const int ParallelReads = 8;

    /// List Blobs gives names in key order, not contents: each page's blobs are read in parallel, yielded in
    /// the listed order. A blob deleted between listing and reading is skipped, as if the listing had come a
    /// moment later. https://learn.microsoft.com/rest/api/storageservices/list-blobs
    public async IAsyncEnumerable<StoredDocument> ListAsync(
        string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        DocumentKey.ValidatePrefix(prefix);
        await EnsureContainerAsync(cancellationToken);
        var pages = container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken).AsPages(pageSizeHint: pageSize);
        await using var page = pages.GetAsyncEnumerator(cancellationToken);
        while (await NextPageAsync(page))
        {
            var names = page.Current.Values;
            var reads = new Task<StoredDocument?>[names.Count];
            // Not disposed: reads a consumer abandoned by breaking out of the loop may still release it.
            var gate = new SemaphoreSlim(ParallelReads);
            for (var i = 0; i < names.Count; i++)
            {
                reads[i] = ReadThrottledAsync(names[i].Name, gate, cancellationToken);
            }

            foreach (var read in reads)
            {
                if (await read is { } document)
                {
                    yield return document;
                }
            }
        }
    }

    private static async Task<bool> NextPageAsync(IAsyncEnumerator<Page<BlobItem>> page)
    {
        try
        {
            return await page.MoveNextAsync();
        }
        catch (Exception exception) when (exception is RequestFailedException or AggregateException)
        {
            throw Broken(exception, "list documents");
        }
    }

    private async Task<StoredDocument?> ReadThrottledAsync(string key, SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await GetAsync(key, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }
}
