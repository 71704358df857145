using System.Net.Http.Headers;

namespace KommunalBot.Bot.Protocol.Connector;

/// Puts the bot's token on every request of the "connector" HttpClient (learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication),
/// and only for hosts <see cref="ServiceUrlTrust"/> vouches for: a request elsewhere is refused before it leaves.
/// The token comes from <see cref="ConnectorTokenProvider"/>, which caches it; a 401 is passed back, never retried here.
/// A local connector (<see cref="ServiceUrlTrust.AddLocalConnector"/>) is this process itself: no token is fetched for it.
internal sealed class ConnectorAuthHandler(ConnectorTokenProvider tokens, ServiceUrlTrust trust, ILogger<ConnectorAuthHandler> logger) : DelegatingHandler
{
    public const string Untrusted = "UntrustedServiceUrl";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (trust.IsLocalConnector(request.RequestUri!))
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var token = await tokens.GetTokenAsync(cancellationToken);
        if (token is not null) // null: development mode without an app id, no token to protect
        {
            if (!trust.IsTrusted(request.RequestUri!))
            {
                ProtocolLog.UntrustedServiceUrl(logger, request.RequestUri!.Host);
                throw new ConnectorException("authorize", 0, Untrusted);
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
