using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Protocol.Connector;

/// Our hardening of learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication: the bot's token goes only to hosts that came in
/// an authenticated activity, or to the configured Teams service URLs.
public sealed class ServiceUrlTrust(IOptions<ConnectorOptions> options)
{
    private readonly ConcurrentDictionary<string, byte> hosts = new(
        ConnectorOptions.TeamsServiceUrls.Concat(options.Value.TrustedServiceUrls).Select(u => new KeyValuePair<string, byte>(Authority(u), 0)),
        StringComparer.OrdinalIgnoreCase);

    public void Trust(string serviceUrl) => hosts.TryAdd(Authority(serviceUrl), 0);

    public bool IsTrusted(Uri uri) => hosts.ContainsKey(uri.GetLeftPart(UriPartial.Authority));

    private static string Authority(string url) => new Uri(url).GetLeftPart(UriPartial.Authority);
}
