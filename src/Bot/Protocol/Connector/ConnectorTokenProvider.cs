using KommunalBot.Bot.Protocol.Auth;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace KommunalBot.Bot.Protocol.Connector;

/// Outbound tokens for the Connector via MSAL client credentials (learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication). One confidential
/// client for the app's lifetime: MSAL's app token cache reuses a token until shortly before it expires.
public sealed class ConnectorTokenProvider(IOptions<BotAuthOptions> options, IHttpClientFactory httpClientFactory, TimeProvider timeProvider)
{
    public const string HttpClientName = "msal";

    private readonly Lazy<IConfidentialClientApplication> application = new(() => Build(options.Value, httpClientFactory));
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile CachedToken? current;

    /// Null when the bot runs without an app id (development): outbound calls then carry no token.
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.AuthenticationEnabled)
        {
            return null;
        }

        // Hot path: the token in hand, until five minutes before it expires (MSAL's cache is the second level).
        if (current is { } token && token.RefreshAfter > timeProvider.GetUtcNow())
        {
            return token.Value;
        }

        // Like the SDK: one acquisition at a time, so a burst of replies asks the token endpoint once.
        if (!await gate.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken))
        {
            throw new TimeoutException("Timed out waiting for the outbound token.");
        }

        try
        {
            if (current is { } fresh && fresh.RefreshAfter > timeProvider.GetUtcNow())
            {
                return fresh.Value;
            }

            var scope = settings.ToChannelFromBotOAuthScope.TrimEnd('/') + "/.default";
            var result = await application.Value.AcquireTokenForClient([scope]).ExecuteAsync(cancellationToken);
            current = new CachedToken(result.AccessToken, result.ExpiresOn - TimeSpan.FromMinutes(5));
            return result.AccessToken;
        }
        finally
        {
            gate.Release();
        }
    }

    private static IConfidentialClientApplication Build(BotAuthOptions settings, IHttpClientFactory factory)
    {
        var authority = settings.LoginAuthority();
        var isMicrosoftLogin = new Uri(authority).Host.Equals("login.microsoftonline.com", StringComparison.OrdinalIgnoreCase);

        // A non-Microsoft authority (tests, channel-sim) must not trigger instance discovery at Microsoft.
        return ConfidentialClientApplicationBuilder.Create(settings.MicrosoftAppId)
            .WithClientSecret(settings.MicrosoftAppPassword)
            .WithAuthority(authority, settings.ValidateAuthority && isMicrosoftLogin)
            .WithInstanceDiscovery(isMicrosoftLogin)
            .WithHttpClientFactory(new MsalHttpClientFactory(factory))
            .Build();
    }

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAfter);

    private sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => factory.CreateClient(HttpClientName);
    }
}
