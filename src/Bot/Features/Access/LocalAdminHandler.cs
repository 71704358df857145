using System.Security.Claims;
using System.Text.Encodings.Web;
using KommunalBot.Bot.Protocol.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Access;

/// Development mode (no MicrosoftAppId): a caller on this machine is an admin, anyone else is not
/// authenticated, like the SDK with the Emulator.
internal sealed class LocalAdminHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!LocalCaller.IsLocal(Context))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var identity = new ClaimsIdentity([new Claim(AdminSchemes.RoleClaim, nameof(Role.Admin))], Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }
}
