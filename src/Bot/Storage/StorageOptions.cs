namespace KommunalBot.Bot.Storage;

/// Section "Storage". Sqlite needs nothing. AzureBlob needs either a connection string (account key;
/// Azurite) or a service URI (Entra ID through DefaultAzureCredential, i.e. managed identity on Azure).
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// "Sqlite" (default, one file) or "AzureBlob" (several instances behind a load balancer).
    public string Provider { get; set; } = StorageProviders.Sqlite;

    /// Relative paths are resolved against the content root.
    public string SqlitePath { get; set; } = "data/kommunalbot.db";

    /// An Azure Storage connection string with the account key, e.g. Azurite's "UseDevelopmentStorage=true".
    /// A secret: keep it in user secrets or the environment, never in appsettings.json.
    public string? BlobConnectionString { get; set; }

    /// Blob service endpoint, e.g. https://myaccount.blob.core.windows.net, reached with DefaultAzureCredential
    /// (managed identity on Azure, the developer's Azure CLI login locally); https only, as tokens need TLS.
    /// The identity needs the role "Storage Blob Data Contributor" on the container.
    public string? BlobServiceUri { get; set; }

    /// Created on first use.
    public string BlobContainer { get; set; } = "kommunalbot";
}
