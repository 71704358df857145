using System.Net;
using System.Text;

namespace KommunalBot.Bot.Storage;

/// The production backend: one block blob per key in one container, spoken to over the Blob REST API
/// (Azure.Storage.Blobs cannot be installed here; switching to it later touches this file only).
/// The service decides races: If-Match / If-None-Match: * are checked and applied atomically, and the
/// loser gets 412 (ConditionNotMet) or 409 (BlobAlreadyExists), both mapped to <see cref="PutOutcome.Conflict"/>.
/// Auth is a <see cref="DelegatingHandler"/> on the HttpClient (<see cref="SharedKeyHandler"/>).
internal sealed partial class AzureBlobDocumentStore(
    HttpClient http, Uri serviceUri, string container, ILogger<AzureBlobDocumentStore> logger, int pageSize = 1000)
    : IDocumentStore
{
    // https://learn.microsoft.com/rest/api/storageservices/versioning-for-the-azure-storage-services
    internal const string ApiVersion = "2024-11-04";

    private readonly Uri containerUri = new($"{serviceUri.AbsoluteUri.TrimEnd('/')}/{container}");
    private readonly SemaphoreSlim createLock = new(1, 1);
    private volatile bool created;

    public async Task<StoredDocument?> GetAsync(string key, CancellationToken cancellationToken)
    {
        DocumentKey.Validate(key);
        await EnsureContainerAsync(cancellationToken);
        using var response = await SendAsync(HttpMethod.Get, BlobUri(key), null, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        EnsureSuccess(response, "get a document");
        return new StoredDocument(key, await response.Content.ReadAsStringAsync(cancellationToken), ETagOf(response));
    }

    public async Task<PutResult> PutAsync(string key, string json, PutCondition condition, CancellationToken cancellationToken)
    {
        DocumentKey.Validate(key);
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(condition);
        await EnsureContainerAsync(cancellationToken);

        using var response = await SendAsync(HttpMethod.Put, BlobUri(key), request =>
        {
            request.Headers.Add("x-ms-blob-type", "BlockBlob");
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            AddConditions(request, condition.IfMatch, condition.IfNoneExists);
        }, cancellationToken);

        // 404 BlobNotFound only for If-Match on a missing blob: the version asked for is gone, a conflict like
        // any other. A missing container (deleted behind our back) is broken infrastructure, not a conflict.
        if (response.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.Conflict
            || (response.StatusCode == HttpStatusCode.NotFound && condition.IfMatch is not null
                && ErrorCode(response) != "ContainerNotFound"))
        {
            StorageLog.WriteConflict(logger, key);
            return new PutResult(PutOutcome.Conflict, null);
        }

        EnsureSuccess(response, "write a document");
        return new PutResult(PutOutcome.Written, ETagOf(response));
    }

    public async Task<bool> DeleteAsync(string key, string? ifMatchETag, CancellationToken cancellationToken)
    {
        DocumentKey.Validate(key);
        await EnsureContainerAsync(cancellationToken);
        using var response = await SendAsync(HttpMethod.Delete, BlobUri(key), request =>
            AddConditions(request, ifMatchETag, ifNoneExists: false), cancellationToken);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.PreconditionFailed)
        {
            return false;
        }

        EnsureSuccess(response, "delete a document");
        return true;
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await EnsureContainerAsync(cancellationToken);
            using var response = await SendAsync(HttpMethod.Get, ContainerUri("restype=container"), null, cancellationToken);
            EnsureSuccess(response, "read the container's properties");
            return true;
        }
        catch (HttpRequestException exception)
        {
            StorageLog.PingFailed(logger, StorageProviders.AzureBlob, exception);
            return false;
        }
    }

    private static void AddConditions(HttpRequestMessage request, string? ifMatch, bool ifNoneExists)
    {
        // Without validation: the service's etags are quoted strings, sent back exactly as received.
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (ifNoneExists)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", "*");
        }
    }

    /// Creates the container on first use; "already exists" is success (another instance won the race).
    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (created)
        {
            return;
        }

        await createLock.WaitAsync(cancellationToken);
        try
        {
            if (created)
            {
                return;
            }

            using var response = await SendAsync(HttpMethod.Put, ContainerUri("restype=container"), null, cancellationToken);
            if (response.StatusCode != HttpStatusCode.Conflict)
            {
                EnsureSuccess(response, "create the container");
            }

            created = true;
            StorageLog.BlobContainerReady(logger, container, serviceUri);
        }
        finally
        {
            createLock.Release();
        }
    }

    private async Task<HttpResponseMessage> SendAsync(
        HttpMethod method, Uri uri, Action<HttpRequestMessage>? configure, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Add("x-ms-version", ApiVersion);
        configure?.Invoke(request);
        return await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
    }

    /// Each path segment escaped on its own: "/" stays a virtual directory, "%" "?" "#" "+" stay literal.
    private Uri BlobUri(string key) =>
        new($"{containerUri.AbsoluteUri}/{string.Join('/', key.Split('/').Select(Uri.EscapeDataString))}");

    private Uri ContainerUri(string query) => new($"{containerUri.AbsoluteUri}?{query}");

    private static string ETagOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("ETag", out var values) && values.FirstOrDefault() is { Length: > 0 } etag
            ? etag
            : throw new HttpRequestException("Blob storage answered without an ETag.");

    /// Unexpected answers are broken infrastructure: an exception with the service's error code, never the key.
    private static void EnsureSuccess(HttpResponseMessage response, string operation)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        throw new HttpRequestException(
            $"Blob storage could not {operation}: {(int)response.StatusCode} {ErrorCode(response) ?? response.ReasonPhrase}",
            null,
            response.StatusCode);
    }

    private static string? ErrorCode(HttpResponseMessage response) =>
        response.Headers.TryGetValues("x-ms-error-code", out var values) ? values.FirstOrDefault() : null;
}
