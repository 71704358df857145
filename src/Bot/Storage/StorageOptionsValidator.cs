using System.Text.RegularExpressions;
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
        if (!string.IsNullOrWhiteSpace(options.BlobServiceUri)
            && (!Uri.TryCreate(options.BlobServiceUri, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            failures.Add($"Storage:BlobServiceUri must be an absolute http(s) URL, not '{options.BlobServiceUri}'.");
        }

        if (string.IsNullOrWhiteSpace(options.BlobAccountName) || !AccountName().IsMatch(options.BlobAccountName))
        {
            failures.Add("Storage:BlobAccountName is required: 3-24 lowercase letters and digits.");
        }

        if (string.IsNullOrWhiteSpace(options.BlobAccountKey))
        {
            failures.Add("Storage:BlobAccountKey is required (SharedKey auth; Entra ID tokens are not built in).");
        }
        else if (!IsBase64(options.BlobAccountKey))
        {
            failures.Add("Storage:BlobAccountKey must be the base64 account key.");
        }

        if (string.IsNullOrEmpty(options.BlobContainer) || !ContainerName().IsMatch(options.BlobContainer))
        {
            failures.Add($"Storage:BlobContainer must be a valid container name (3-63 lowercase letters, digits and " +
                         $"single hyphens, starting with a letter or digit), not '{options.BlobContainer}'.");
        }
    }

    private static bool IsBase64(string value) => Convert.TryFromBase64String(value, new byte[value.Length], out _);

    // https://learn.microsoft.com/rest/api/storageservices/naming-and-referencing-containers--blobs--and-metadata
    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9](?:-?[a-z0-9])*$")]
    private static partial Regex ContainerName();

    [GeneratedRegex("^[a-z0-9]{3,24}$")]
    private static partial Regex AccountName();
}
