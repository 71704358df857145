using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Storage;

/// Picks the lease backend that lives beside the document store chosen by Storage:Provider.
internal static class LeaseBackends
{
    public static ILeases Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        if (StorageOptionsValidator.IsProvider(options, StorageProviders.AzureBlob))
        {
            return new AzureBlobLeases(BlobContainers.Create(options));
        }

        var contentRoot = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
        return new SqliteLeases(Path.Combine(contentRoot, options.SqlitePath), services.GetRequiredService<TimeProvider>());
    }
}
