namespace KommunalBot.Bot.Storage;

/// Section "Storage". Sqlite needs nothing; AzureBlob needs an account name and key (SharedKey).
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// "Sqlite" (default, one file) or "AzureBlob" (several instances behind a load balancer).
    public string Provider { get; set; } = StorageProviders.Sqlite;

    /// Relative paths are resolved against the content root.
    public string SqlitePath { get; set; } = "data/kommunalbot.db";

    /// Blob service endpoint; empty means https://{BlobAccountName}.blob.core.windows.net.
    /// For Azurite: http://127.0.0.1:10000/devstoreaccount1.
    public string? BlobServiceUri { get; set; }

    public string? BlobAccountName { get; set; }

    /// Base64 account key for SharedKey auth. Keep it in user secrets or the environment, never in appsettings.json.
    public string? BlobAccountKey { get; set; }

    /// Created on first use.
    public string BlobContainer { get; set; } = "kommunalbot";
}
