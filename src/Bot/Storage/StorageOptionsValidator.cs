using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Storage;

/// Reports every bad setting by its configuration key, so an operator fixes them all in one go.
internal sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        if (IsProvider(options, StorageProviders.Sqlite))
        {
            if (string.IsNullOrWhiteSpace(options.SqlitePath))
            {
                failures.Add("Storage:SqlitePath must name the database file, e.g. 'data/kommunalbot.db'.");
            }
        }
        else if (IsProvider(options, StorageProviders.AzureBlob))
        {
            ValidateBlob(options, failures);
        }
        else
        {
            failures.Add($"Storage:Provider must be '{StorageProviders.Sqlite}' or '{StorageProviders.AzureBlob}', " +
                         $"not '{options.Provider}'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static bool IsProvider(StorageOptions options, string provider) =>
        string.Equals(options.Provider?.Trim(), provider, StringComparison.OrdinalIgnoreCase);

    private static void ValidateBlob(StorageOptions options, List<string> failures)
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(options.BlobConnectionString);
        var hasServiceUri = !string.IsNullOrWhiteSpace(options.BlobServiceUri);
        if (hasConnectionString == hasServiceUri)
        {
            failures.Add(
                $"Storage:Provider '{StorageProviders.AzureBlob}' needs exactly one of Storage:BlobConnectionString (account key, " +
                "e.g. Azurite) and Storage:BlobServiceUri (managed identity, e.g. 'https://<account>.blob.core.windows.net'), " +
                (hasConnectionString ? "not both." : "but neither is set."));
        }
        else if (hasConnectionString && !IsConnectionString(options.BlobConnectionString!))
        {
            // The value is a secret: never quoted back.
            failures.Add("Storage:BlobConnectionString is not an Azure Storage connection string, e.g. " +
                         "'DefaultEndpointsProtocol=https;AccountName=<account>;AccountKey=<base64 key>;EndpointSuffix=core.windows.net'.");
        }
        else if (hasServiceUri
                 && (!Uri.TryCreate(options.BlobServiceUri, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps))
        {
            // Azure.Storage.Blobs refuses a token credential over plain http; Azurite without TLS takes a connection string.
            failures.Add($"Storage:BlobServiceUri must be an absolute https URL, e.g. 'https://<account>.blob.core.windows.net', " +
                         $"not '{options.BlobServiceUri}' (for Azurite over http set Storage:BlobConnectionString instead).");
        }

        if (string.IsNullOrEmpty(options.BlobContainer) || !ContainerName().IsMatch(options.BlobContainer))
        {
            failures.Add($"Storage:BlobContainer must be a valid container name (3-63 lowercase letters, digits and " +
                         $"single hyphens, starting with a letter or digit), not '{options.BlobContainer}'.");
        }
    }

    /// Parsed by the SDK itself (no request is sent), so what passes here also works at the first request.
    private static bool IsConnectionString(string connectionString)
    {
        try
        {
            _ = new BlobServiceClient(connectionString);
            return true;
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    // https://learn.microsoft.com/rest/api/storageservices/naming-and-referencing-containers--blobs--and-metadata
    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9](?:-?[a-z0-9])*$")]
    private static partial Regex ContainerName();
}
