using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace KommunalBot.Bot.Protocol.Auth;

/// One IdentityModel configuration manager per metadata URL: caches the signing keys, refreshes them
/// every 12 h and on demand when an unknown key id shows up (learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication).
public sealed class OpenIdMetadata(IHttpClientFactory httpClientFactory)
{
    public const string HttpClientName = "openid-metadata";

    private readonly ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>> managers = new();

    public Task<OpenIdConnectConfiguration> GetAsync(string metadataUrl, CancellationToken cancellationToken) =>
        Manager(metadataUrl).GetConfigurationAsync(cancellationToken);

    /// Asks for a refresh; IdentityModel honours it at most once per refresh interval and runs it in the background.
    public void RequestRefresh(string metadataUrl) => Manager(metadataUrl).RequestRefresh();

    /// The channels a signing key is endorsed for; null when the key has no endorsement entry.
    public static IReadOnlyList<string>? Endorsements(OpenIdConnectConfiguration configuration, string? keyId)
    {
        if (keyId is null || configuration.JsonWebKeySet is null)
        {
            return null;
        }

        foreach (var key in configuration.JsonWebKeySet.Keys)
        {
            if (key.KeyId == keyId
                && key.AdditionalData.TryGetValue("endorsements", out var raw)
                && raw is JsonElement { ValueKind: JsonValueKind.Array } array)
            {
                return array.EnumerateArray()
                    .Where(e => e.ValueKind == JsonValueKind.String)
                    .Select(e => e.GetString()!)
                    .ToList();
            }
        }

        return null;
    }

    private ConfigurationManager<OpenIdConnectConfiguration> Manager(string metadataUrl) =>
        managers.GetOrAdd(metadataUrl, url =>
        {
            // Plain http is allowed only for a metadata server on this machine (tests, channel-sim).
            var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(HttpClientName))
            {
                RequireHttps = !new Uri(url).IsLoopback,
            };
            return new ConfigurationManager<OpenIdConnectConfiguration>(
                url, new OpenIdConnectConfigurationRetriever(), retriever);
        });
}
