using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Protocol.Connector;

/// Our hardening of learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication: the bot's token goes only to hosts that came in
/// an authenticated activity, or to the configured Teams service URLs. A local connector (a Connector-compatible
/// endpoint of this bot itself, such as the playground's) is trusted too, but never gets a token.
public sealed class ServiceUrlTrust(IOptions<ConnectorOptions> options)
{
    private readonly ConcurrentDictionary<string, byte> hosts = new(
        ConnectorOptions.TeamsServiceUrls.Concat(options.Value.TrustedServiceUrls).Select(u => new KeyValuePair<string, byte>(Authority(u), 0)),
        StringComparer.OrdinalIgnoreCase);

    private readonly ConcurrentDictionary<string, byte> localConnectors = new(StringComparer.OrdinalIgnoreCase);

    public void Trust(string serviceUrl)
    {
        if (!IsLocalConnector(new Uri(serviceUrl)))
        {
            hosts.TryAdd(Authority(serviceUrl), 0);
        }
    }

    /// Registers a Connector endpoint served by this process (absolute URL ending in '/').
    public void AddLocalConnector(string serviceUrl) => localConnectors.TryAdd(serviceUrl, 0);

    public bool IsLocalConnector(Uri uri) =>
        !localConnectors.IsEmpty && localConnectors.Keys.Any(prefix => uri.AbsoluteUri.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    public bool IsTrusted(Uri uri) => hosts.ContainsKey(uri.GetLeftPart(UriPartial.Authority)) || IsLocalConnector(uri);

    private static string Authority(string url) => new Uri(url).GetLeftPart(UriPartial.Authority);
}
