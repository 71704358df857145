using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace KommunalBot.Bot.Storage;

/// Leases as Azure blob leases on one empty blob per name, `leases/{name}` in the bot's container. The service keeps
/// the time, so instances need not agree on theirs. Durations are 15 to 60 seconds
/// (learn.microsoft.com/rest/api/storageservices/lease-blob). A lease is never broken here: a break without a period
/// keeps it until it expires; a holder that stops releases it, one that dies lets it expire.
internal sealed class AzureBlobLeases(BlobContainerClient container) : ILeases
{
    public async Task<LeaseOutcome> TryAcquireAsync(Lease lease, CancellationToken cancellationToken)
    {
        try
        {
            return await AcquireAsync(lease, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            // First use of this name (or of the container): create the blob, then try once more.
            await CreateBlobAsync(lease, cancellationToken);
            return await AcquireAsync(lease, cancellationToken);
        }
    }

    public async Task<LeaseOutcome> RenewAsync(Lease lease, CancellationToken cancellationToken)
    {
        try
        {
            await LeaseClient(lease).RenewAsync(cancellationToken: cancellationToken);
            return LeaseOutcome.Held;
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 409)
        {
            return LeaseOutcome.Lost;
        }
    }

    public async Task<bool> ReleaseAsync(Lease lease, CancellationToken cancellationToken)
    {
        try
        {
            await LeaseClient(lease).ReleaseAsync(cancellationToken: cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 409)
        {
            return false;
        }
    }

    /// 409 LeaseAlreadyPresent: another holder's lease is active.
    private async Task<LeaseOutcome> AcquireAsync(Lease lease, CancellationToken cancellationToken)
    {
        try
        {
            await LeaseClient(lease).AcquireAsync(lease.Duration, cancellationToken: cancellationToken);
            return LeaseOutcome.Held;
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            return LeaseOutcome.TakenByAnother;
        }
    }

    private async Task CreateBlobAsync(Lease lease, CancellationToken cancellationToken)
    {
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        try
        {
            var createOnly = new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } };
            await Blob(lease).UploadAsync(BinaryData.Empty, createOnly, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status is 409 or 412)
        {
            // Another instance created it first (and may hold its lease already).
        }
    }

    private BlobLeaseClient LeaseClient(Lease lease) => Blob(lease).GetBlobLeaseClient(lease.Holder.ToString("D"));

    private BlobClient Blob(Lease lease) => container.GetBlobClient("leases/" + lease.Name);
}
