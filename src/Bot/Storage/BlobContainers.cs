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
        var service = string.IsNullOrWhiteSpace(options.BlobConnectionString)
            ? new BlobServiceClient(new Uri(options.BlobServiceUri!), new DefaultAzureCredential(), clientOptions)
            : new BlobServiceClient(options.BlobConnectionString, clientOptions);
        return service.GetBlobContainerClient(options.BlobContainer);
    }
}
