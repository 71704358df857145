using System.Security.Claims;
using KommunalBot.Bot.Protocol.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace KommunalBot.Bot.Features.Access;

/// Settings of the <see cref="AdminSchemes.Entra"/> JwtBearer scheme from section `Admin`: the issuer and
/// keys come from the authority's OpenID metadata; audiences `api://{appId}` or `{appId}` unless configured;
/// RS256 only; 5 minutes clock skew; `tid`/`oid` mapped to roles by <see cref="AccessPolicy"/>
/// (learn.microsoft.com/aspnet/core/security/authentication/configure-jwt-bearer-authentication).
internal sealed class AdminJwtBearerSetup(
    IOptions<AdminAuthOptions> adminOptions, IOptions<BotAuthOptions> botOptions, AccessPolicy policy, TimeProvider timeProvider)
    : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name == AdminSchemes.Entra)
        {
            Configure(options);
        }
    }

    public void Configure(JwtBearerOptions options)
    {
        var bot = botOptions.Value;
        var configured = adminOptions.Value.Authority;
        var authority = (string.IsNullOrWhiteSpace(configured) ? $"https://login.microsoftonline.com/{bot.MicrosoftAppTenantId}/v2.0" : configured).TrimEnd('/');
        options.MetadataAddress = authority + "/.well-known/openid-configuration";
        options.RequireHttpsMetadata = !new Uri(authority).IsLoopback; // plain http only for a metadata server on this machine (tests)
        options.MapInboundClaims = false; // keep `tid` and `oid` as Entra names them
        options.TimeProvider = timeProvider;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidAudiences = adminOptions.Value.Audiences.Count > 0 ? adminOptions.Value.Audiences : [$"api://{bot.MicrosoftAppId}", bot.MicrosoftAppId!],
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ClockSkew = TimeSpan.FromMinutes(5),
            TryAllIssuerSigningKeys = false,
            LifetimeValidator = TokenLifetime.Validator(timeProvider),
        };
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = AddRoles,
            OnMessageReceived = RequireReadableMetadataAsync,
        };
    }

    private Task AddRoles(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        var roles = policy.RolesOf(principal.FindFirstValue("tid"), principal.FindFirstValue("oid"));
        principal.AddIdentity(new ClaimsIdentity(roles.Select(role => new Claim(AdminSchemes.RoleClaim, role.ToString()))));
        return Task.CompletedTask;
    }

    /// JwtBearer hands the metadata to IdentityModel, which treats unreadable metadata like a bad token (401).
    /// Reading it first (cached by the configuration manager) tells an Entra outage (503) apart from a bad token.
    private static async Task RequireReadableMetadataAsync(MessageReceivedContext context)
    {
        if (!context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return; // no token: 401 whatever the metadata
        }

        try
        {
            await context.Options.ConfigurationManager!.GetConfigurationAsync(context.HttpContext.RequestAborted);
        }
        catch (InvalidOperationException ex) // IdentityModel's IDX20803: unable to obtain configuration
        {
            context.HttpContext.Items[AdminSchemes.MetadataUnavailable] = true;
            context.Fail(ex);
        }
    }
}
