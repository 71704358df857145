using KommunalBot.Bot.Protocol.Auth;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KommunalBot.Bot.Features.Access;

/// Who calls the admin API: an Entra ID access token of the operator's tenant (claims `tid`, `oid`),
/// mapped to roles by <see cref="AccessPolicy"/>. Without an app id (development) loopback callers are admins.
internal sealed class AdminAuthenticator(
    IOptions<AdminAuthOptions> adminOptions,
    IOptions<BotAuthOptions> botOptions,
    OpenIdMetadata metadata,
    AccessPolicy policy,
    TimeProvider timeProvider)
{
    private readonly JsonWebTokenHandler handler = new();

    public async Task<IResult?> AuthorizeAsync(HttpContext http, Permission permission)
    {
        var bot = botOptions.Value;
        if (!bot.AuthenticationEnabled)
        {
            return LocalCaller.IsLocal(http)
                ? null
                : Problem(StatusCodes.Status401Unauthorized, "Development mode accepts admin calls from this machine only.");
        }

        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return Problem(StatusCodes.Status401Unauthorized, "An Entra ID bearer token is required.");
        }

        var configured = adminOptions.Value.Authority;
        var authority = (string.IsNullOrWhiteSpace(configured) ? $"https://login.microsoftonline.com/{bot.MicrosoftAppTenantId}/v2.0" : configured).TrimEnd('/');
        Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await metadata.GetAsync(authority + "/.well-known/openid-configuration", http.RequestAborted);
        }
        catch (InvalidOperationException)
        {
            return Problem(StatusCodes.Status503ServiceUnavailable, "The Entra ID metadata could not be read; try again later.");
        }

        var audiences = adminOptions.Value.Audiences.Count > 0
            ? adminOptions.Value.Audiences
            : [$"api://{bot.MicrosoftAppId}", bot.MicrosoftAppId!];
        var result = await handler.ValidateTokenAsync(header["Bearer ".Length..], new TokenValidationParameters
        {
            ValidIssuer = configuration.Issuer,
            ValidAudiences = audiences,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ClockSkew = TimeSpan.FromMinutes(5),
            TryAllIssuerSigningKeys = false,
            LifetimeValidator = TokenLifetime.Validator(timeProvider),
        });
        if (!result.IsValid)
        {
            return Problem(StatusCodes.Status401Unauthorized, "The bearer token is not valid for this API.");
        }

        var token = (JsonWebToken)result.SecurityToken;
        token.TryGetPayloadValue<string>("tid", out var tenantId);
        token.TryGetPayloadValue<string>("oid", out var objectId);
        return policy.May(tenantId, objectId, permission)
            ? null
            : Problem(StatusCodes.Status403Forbidden, $"This needs the permission '{permission}'.");
    }

    private static IResult Problem(int status, string detail) => TypedResults.Problem(detail, statusCode: status);
}
