using System.Runtime.CompilerServices;
using System.Xml.Linq;

namespace KommunalBot.Bot.Storage;

internal sealed partial class AzureBlobDocumentStore
{
    private const int ParallelReads = 8;

    /// List Blobs gives names, not contents: each page's blobs are read in parallel, yielded in key order.
    /// A blob deleted between listing and reading is skipped, as if the listing had come a moment later.
    /// https://learn.microsoft.com/rest/api/storageservices/list-blobs
    public async IAsyncEnumerable<StoredDocument> ListAsync(
        string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        DocumentKey.ValidatePrefix(prefix);
        await EnsureContainerAsync(cancellationToken);
        string? marker = null;
        do
        {
            var (names, nextMarker) = await ListPageAsync(prefix, marker, cancellationToken);
            var reads = new Task<StoredDocument?>[names.Count];
            // Not disposed: reads a consumer abandoned by breaking out of the loop may still release it.
            var gate = new SemaphoreSlim(ParallelReads);
            for (var i = 0; i < names.Count; i++)
            {
                reads[i] = ReadThrottledAsync(names[i], gate, cancellationToken);
            }

            foreach (var read in reads)
            {
                if (await read is { } document)
                {
                    yield return document;
                }
            }

            marker = nextMarker;
        }
        while (!string.IsNullOrEmpty(marker));
    }

    private async Task<(List<string> Names, string? NextMarker)> ListPageAsync(
        string prefix, string? marker, CancellationToken cancellationToken)
    {
        var query = $"restype=container&comp=list&maxresults={pageSize}&prefix={Uri.EscapeDataString(prefix)}";
        if (marker is not null)
        {
            query += $"&marker={Uri.EscapeDataString(marker)}";
        }

        using var response = await SendAsync(HttpMethod.Get, ContainerUri(query), null, cancellationToken);
        EnsureSuccess(response, "list documents");
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var xml = await XDocument.LoadAsync(body, LoadOptions.None, cancellationToken);
        var root = xml.Root ?? throw new HttpRequestException("Blob storage answered List Blobs without XML.");
        var names = root.Element("Blobs")?.Elements("Blob").Select(blob => (string?)blob.Element("Name"))
            .OfType<string>().ToList() ?? [];
        return (names, (string?)root.Element("NextMarker"));
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
