using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KommunalBot.Bot.Protocol.Auth;

/// Validates the bearer token of POST /api/messages as learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication describes:
/// issuer, audience, lifetime (5 min skew), RS256/384/512 only, key picked by kid, endorsement of the
/// signing key for the activity's channel, and the serviceurl claim.
internal sealed partial class InboundAuthenticator(
    IOptions<BotAuthOptions> options,
    IOptions<BotOptions> botOptions,
    IHostEnvironment environment,
    OpenIdMetadata metadata,
    TimeProvider timeProvider,
    ILogger<InboundAuthenticator> logger)
{
    private static readonly string[] Algorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private const int MaxCachedTokens = 10_000;

    private readonly JsonWebTokenHandler handler = new();

    // A channel reuses its token for up to an hour: a token whose signature, issuer, audience and lifetime
    // were verified once is not verified again until it expires. Endorsement and serviceurl are checked per call.
    private readonly ConcurrentDictionary<string, VerifiedToken> verified = new(StringComparer.Ordinal);

    public async Task<AuthOutcome> AuthenticateAsync(
        string? authorizationHeader, Activity activity, bool localCaller, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.AuthenticationEnabled)
        {
            return DevelopmentMode(authorizationHeader, localCaller);
        }

        if (!TryGetBearerToken(authorizationHeader, out var token, out var headerProblem))
        {
            return AuthOutcome.Refused(headerProblem);
        }

        JsonWebToken unvalidated;
        try
        {
            unvalidated = new JsonWebToken(token);
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenException or FormatException)
        {
            return AuthOutcome.Refused("token is not a well-formed JWT");
        }

        if (!EmulatorIssuers.IsEmulatorIssuer(unvalidated.Issuer, settings))
        {
            return await ValidateChannelAsync(token, activity, settings, cancellationToken);
        }

        // Emulator / Entra tokens prove only that someone holds a token for this app: off in production.
        if (!environment.IsDevelopment() && !botOptions.Value.AllowEmulatorTokens)
        {
            return AuthOutcome.Refused("Emulator/Entra tokens are accepted only in Development or with Bot:AllowEmulatorTokens");
        }

        return await ValidateEmulatorAsync(token, settings, cancellationToken);
    }

    private static AuthOutcome DevelopmentMode(string? authorizationHeader, bool localCaller)
    {
        if (!string.IsNullOrEmpty(authorizationHeader))
        {
            return AuthOutcome.Refused("a token was sent but no MicrosoftAppId is configured to validate it against");
        }

        return localCaller
            ? AuthOutcome.Anonymous
            : AuthOutcome.Refused("development mode (no MicrosoftAppId) accepts direct callers on this machine only (loopback address and host name, not forwarded)");
    }

    private static bool TryGetBearerToken(string? header, out string token, out string problem)
    {
        token = string.Empty;
        problem = string.Empty;
        if (string.IsNullOrEmpty(header))
        {
            problem = "Authorization header missing";
            return false;
        }

        var parts = header.Split(' ');
        if (parts.Length != 2 || parts[0] != "Bearer" || parts[1].Length == 0)
        {
            problem = "Authorization header is not 'Bearer <token>'";
            return false;
        }

        token = parts[1];
        return true;
    }

    private async Task<AuthOutcome> ValidateChannelAsync(
        string token, Activity activity, BotAuthOptions settings, CancellationToken cancellationToken)
    {
        var metadataUrl = settings.ToBotFromChannelOpenIdMetadataUrl;
        var configuration = await TryGetMetadataAsync(metadataUrl, cancellationToken);
        if (configuration is null)
        {
            return AuthOutcome.Refused("channel OpenID metadata unavailable");
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        if (!verified.TryGetValue(token, out var verifiedToken) || now > verifiedToken.Expires.AddMinutes(5))
        {
            var parameters = Parameters(configuration.SigningKeys, [settings.ToBotFromChannelTokenIssuer]);
            parameters.ValidAudience = settings.MicrosoftAppId;
            var result = await handler.ValidateTokenAsync(token, parameters);
            if (!result.IsValid)
            {
                return Refused(result, metadataUrl);
            }

            var jwt = (JsonWebToken)result.SecurityToken;
            verifiedToken = new VerifiedToken(
                jwt.SigningKey?.KeyId,
                jwt.TryGetPayloadValue<string>("serviceurl", out var claim) ? claim : null,
                jwt.ValidTo);
            if (verified.Count >= MaxCachedTokens)
            {
                verified.Clear();
            }

            verified[token] = verifiedToken;
        }

        var keyId = verifiedToken.KeyId;
        var endorsements = OpenIdMetadata.Endorsements(configuration, keyId);
        if (endorsements is null)
        {
            return AuthOutcome.Refused($"signing key '{keyId}' has no endorsements");
        }

        if (!string.IsNullOrEmpty(activity.ChannelId)
            && !endorsements.Contains(activity.ChannelId, StringComparer.OrdinalIgnoreCase))
        {
            return AuthOutcome.Refused($"signing key '{keyId}' is not endorsed for channel '{activity.ChannelId}'");
        }

        if (!string.IsNullOrEmpty(activity.ServiceUrl))
        {
            var claimed = verifiedToken.ServiceUrl;
            if (string.IsNullOrEmpty(claimed))
            {
                return AuthOutcome.Refused("serviceurl claim missing");
            }

            if (!ServiceUrls.Same(claimed, activity.ServiceUrl))
            {
                return AuthOutcome.Refused("serviceurl claim does not match the activity's serviceUrl");
            }

            return AuthOutcome.Channel(settings.MicrosoftAppId!, trustsServiceUrl: true);
        }

        return AuthOutcome.Channel(settings.MicrosoftAppId!, trustsServiceUrl: false);
    }

    private TokenValidationParameters Parameters(ICollection<SecurityKey> keys, IEnumerable<string> issuers) => new()
    {
        ValidIssuers = issuers,
        IssuerSigningKeys = keys,
        ValidAlgorithms = Algorithms,
        ClockSkew = TimeSpan.FromMinutes(5),
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        TryAllIssuerSigningKeys = false,
        LifetimeValidator = TokenLifetime.Validator(timeProvider),
    };

    private AuthOutcome Refused(TokenValidationResult result, string metadataUrl)
    {
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // A key we do not know may be a rolled-over one: refresh so the next call can succeed.
            metadata.RequestRefresh(metadataUrl);
        }

        var message = result.Exception?.Message ?? "token invalid";
        var code = message.Length >= 8 && message.StartsWith("IDX", StringComparison.Ordinal) ? message[..8] : message;
        return AuthOutcome.Refused($"token rejected ({result.Exception?.GetType().Name}: {code})");
    }

    private async Task<Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectConfiguration?> TryGetMetadataAsync(
        string url, CancellationToken cancellationToken)
    {
        try
        {
            return await metadata.GetAsync(url, cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or IOException)
        {
            ProtocolLog.MetadataUnavailable(logger, url, ex.GetType().Name);
            return null;
        }
    }

    private sealed record VerifiedToken(string? KeyId, string? ServiceUrl, DateTime Expires);
}
