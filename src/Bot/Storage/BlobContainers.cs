using Azure.Identity;
using Azure.Storage.Blobs;

namespace KommunalBot.Bot.Storage;

/// The one place that turns Storage settings into a <see cref="BlobContainerClient"/> (Azure.Storage.Blobs),
/// shared by the document store and the leases so both speak to the same container the same way.
internal static class BlobContainers
{
    /// Azurite 3.37 accepts service versions up to 2026-06-06; newer SDK defaults would be refused by it.
    /// Azure itself accepts this version too (learn.microsoft.com/rest/api/storageservices/versioning-for-the-azure-storage-services).
    internal const BlobClientOptions.ServiceVersion Version = BlobClientOptions.ServiceVersion.V2026_06_06;

    public static BlobContainerClient Create(StorageOptions options)
    {
        var clientOptions = new BlobClientOptions(Version);
        // Three retries with the SDK's exponential back-off (0.8 s, 1.6 s, 3.2 s) instead of the storage default of
        // five (about 25 s): a turn that waits on the store still answers, if only with an apology, within the
        // 15 seconds the Bot Service waits (learn.microsoft.com/azure/bot-service/bot-builder-howto-long-operations-guidance),
        // and /readyz reports an unreachable store in seconds
        // (learn.microsoft.com/azure/storage/blobs/storage-retry-policy-dotnet).
        clientOptions.Retry.MaxRetries = 3;
        var service = string.IsNullOrWhiteSpace(options.BlobConnectionString)
            ? new BlobServiceClient(new Uri(options.BlobServiceUri!), new DefaultAzureCredential(), clientOptions)
            : new BlobServiceClient(options.BlobConnectionString, clientOptions);
        return service.GetBlobContainerClient(options.BlobContainer);
    }
}
