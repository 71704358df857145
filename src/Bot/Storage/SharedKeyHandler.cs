using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Web;

namespace KommunalBot.Bot.Storage;

/// Signs Blob service requests with the account key ("Shared Key" authorization, version 2009-09-19 and later):
/// https://learn.microsoft.com/rest/api/storageservices/authorize-with-shared-key
/// Runs last before the wire, so it signs exactly the headers and URL that are sent.
internal sealed class SharedKeyHandler(string accountName, string accountKey, TimeProvider timeProvider) : DelegatingHandler
{
    private readonly byte[] key = Convert.FromBase64String(accountKey);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove("x-ms-date");
        request.Headers.Add("x-ms-date", timeProvider.GetUtcNow().ToString("R", CultureInfo.InvariantCulture));
        var signature = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(StringToSign(request, accountName))));
        request.Headers.Authorization = new AuthenticationHeaderValue("SharedKey", $"{accountName}:{signature}");
        return base.SendAsync(request, cancellationToken);
    }

    internal static string StringToSign(HttpRequestMessage request, string accountName)
    {
        var content = request.Content?.Headers;
        var length = content?.ContentLength;
        var builder = new StringBuilder()
            .Append(request.Method.Method).Append('\n')
            .Append(Header(content, "Content-Encoding")).Append('\n')
            .Append(Header(content, "Content-Language")).Append('\n')
            // Since version 2015-02-21 a zero length is signed as an empty string.
            .Append(length is null or 0 ? "" : length.Value.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(Header(content, "Content-MD5")).Append('\n')
            .Append(Header(content, "Content-Type")).Append('\n')
            .Append(Header(request.Headers, "Date")).Append('\n')
            .Append(Header(request.Headers, "If-Modified-Since")).Append('\n')
            .Append(Header(request.Headers, "If-Match")).Append('\n')
            .Append(Header(request.Headers, "If-None-Match")).Append('\n')
            .Append(Header(request.Headers, "If-Unmodified-Since")).Append('\n')
            .Append(Header(request.Headers, "Range")).Append('\n');

        // Canonicalized headers: every x-ms-* header, lower-case name, sorted, value trimmed.
        foreach (var (name, value) in request.Headers
                     .Where(header => header.Key.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
                     .Select(header => (Name: header.Key.ToLowerInvariant(), Value: string.Join(",", header.Value).Trim()))
                     .OrderBy(header => header.Name, StringComparer.Ordinal))
        {
            builder.Append(name).Append(':').Append(value).Append('\n');
        }

        // Canonicalized resource: /account + the encoded path as sent, then each query parameter
        // as "\nname:value" with lower-case names, sorted, values decoded, repeated values joined by commas.
        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
        builder.Append('/').Append(accountName).Append(uri.AbsolutePath);
        var query = HttpUtility.ParseQueryString(uri.Query);
        foreach (var name in query.AllKeys.OfType<string>().OrderBy(name => name.ToLowerInvariant(), StringComparer.Ordinal))
        {
            var values = query.GetValues(name) ?? [];
            builder.Append('\n').Append(name.ToLowerInvariant()).Append(':')
                .Append(string.Join(",", values.Order(StringComparer.Ordinal)));
        }

        return builder.ToString();
    }

    private static string Header(HttpHeaders? headers, string name) =>
        headers is not null && headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
}
