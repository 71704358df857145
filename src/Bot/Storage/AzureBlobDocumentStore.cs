using System.Net;
using Azure;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace KommunalBot.Bot.Storage;

/// The production backend: one block blob per key in one container, through Azure.Storage.Blobs
/// (the client comes from <see cref="BlobContainers"/>). The service decides races: If-Match / If-None-Match: *
/// are checked and applied atomically; the loser gets 412 (ConditionNotMet) or 409 (BlobAlreadyExists), both a
/// <see cref="PutOutcome.Conflict"/> (learn.microsoft.com/rest/api/storageservices/specifying-conditional-headers-for-blob-service-operations).
internal sealed partial class AzureBlobDocumentStore(
    BlobContainerClient container, ILogger<AzureBlobDocumentStore> logger, int pageSize = 1000)
    : IDocumentStore
{
    private static readonly BlobHttpHeaders Json = new() { ContentType = "application/json; charset=utf-8" };

    private readonly SemaphoreSlim createLock = new(1, 1);
    private volatile bool created;

    public async Task<StoredDocument?> GetAsync(string key, CancellationToken cancellationToken)
    {
        DocumentKey.Validate(key);
        await EnsureContainerAsync(cancellationToken);
        try
        {
            var download = await container.GetBlobClient(key).DownloadContentAsync(cancellationToken);
            return new StoredDocument(key, download.Value.Content.ToString(), download.Value.Details.ETag.ToString());
        }
        catch (RequestFailedException exception) when (exception.Status == (int)HttpStatusCode.NotFound)
        {
            return null;
        }
        catch (Exception exception) when (exception is RequestFailedException or AggregateException)
        {
            throw Broken(exception, "get a document");
        }
    }

    public async Task<PutResult> PutAsync(string key, string json, PutCondition condition, CancellationToken cancellationToken)
    {
        DocumentKey.Validate(key);
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(condition);
        await EnsureContainerAsync(cancellationToken);
        var options = new BlobUploadOptions
        {
            HttpHeaders = Json,
            Conditions = new BlobRequestConditions
            {
                IfMatch = condition.IfMatch is null ? null : new ETag(condition.IfMatch),
                IfNoneMatch = condition.IfNoneExists ? ETag.All : null,
            },
        };
        try
        {
            var upload = await container.GetBlobClient(key).UploadAsync(BinaryData.FromString(json), options, cancellationToken);
            return new PutResult(PutOutcome.Written, upload.Value.ETag.ToString());
        }
        catch (RequestFailedException exception) when (IsConflict(exception, condition))
        {
            StorageLog.WriteConflict(logger, key);
            return new PutResult(PutOutcome.Conflict, null);
        }
        catch (Exception exception) when (exception is RequestFailedException or AggregateException)
        {
            throw Broken(exception, "write a document");
        }
    }

    public async Task<bool> DeleteAsync(string key, string? ifMatchETag, CancellationToken cancellationToken)
    {
        DocumentKey.Validate(key);
        await EnsureContainerAsync(cancellationToken);
        var conditions = new BlobRequestConditions { IfMatch = ifMatchETag is null ? null : new ETag(ifMatchETag) };
        try
        {
            await container.GetBlobClient(key).DeleteAsync(DeleteSnapshotsOption.None, conditions, cancellationToken);
            return true;
        }
        catch (RequestFailedException exception)
            when (exception.Status is (int)HttpStatusCode.NotFound or (int)HttpStatusCode.PreconditionFailed)
        {
            return false;
        }
        catch (Exception exception) when (exception is RequestFailedException or AggregateException)
        {
            throw Broken(exception, "delete a document");
        }
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await EnsureContainerAsync(cancellationToken);
            await container.GetPropertiesAsync(cancellationToken: cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is HttpRequestException or RequestFailedException
                                              or AggregateException or AuthenticationFailedException)
        {
            StorageLog.PingFailed(logger, StorageProviders.AzureBlob, exception);
            return false;
        }
    }

    /// 412 and 409 are the lost race. 404 (BlobNotFound) only for If-Match on a missing blob: the version asked
    /// for is gone, a conflict like any other. A missing container (deleted behind our back) is broken
    /// infrastructure, not a conflict.
    private static bool IsConflict(RequestFailedException exception, PutCondition condition) =>
        exception.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.Conflict
        || (exception.Status == (int)HttpStatusCode.NotFound && condition.IfMatch is not null
            && exception.ErrorCode != BlobErrorCode.ContainerNotFound);

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

            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            created = true;
            // Path only: a SAS in the query would be a secret.
            StorageLog.BlobContainerReady(logger, container.Uri.GetLeftPart(UriPartial.Path));
        }
        catch (Exception exception) when (exception is RequestFailedException or AggregateException)
        {
            throw Broken(exception, "create the container");
        }
        finally
        {
            createLock.Release();
        }
    }

    /// Unexpected answers are broken infrastructure: an exception with the status and the service's error code.
    /// The SDK's own message is not passed on, as it may quote the blob's name (a key may name a person's
    /// request). When no answer came at all (the SDK's retries end in an AggregateException of connection
    /// errors), there is no service text and the cause is kept.
    private static HttpRequestException Broken(Exception exception, string operation) =>
        exception is RequestFailedException { Status: not 0 } failed
            ? new HttpRequestException(
                $"Blob storage could not {operation}: {failed.Status} {failed.ErrorCode}", null, (HttpStatusCode)failed.Status)
            : new HttpRequestException($"Blob storage could not {operation}: no answer", exception);
}
