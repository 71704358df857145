using KommunalBot.Bot.Protocol.Auth;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Access;

/// The admin API needs to know whose Entra tokens to accept. Without this check a multi-tenant bot with
/// no tenant id checked every admin call against `https://login.microsoftonline.com//v2.0` and answered 503.
internal sealed class AdminAuthOptionsValidator(IOptions<BotAuthOptions> botOptions) : IValidateOptions<AdminAuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AdminAuthOptions options)
    {
        if (!botOptions.Value.AuthenticationEnabled)
        {
            return ValidateOptionsResult.Success; // development mode: loopback callers only, no tokens
        }

        if (string.IsNullOrWhiteSpace(options.Authority))
        {
            return string.IsNullOrWhiteSpace(botOptions.Value.MicrosoftAppTenantId)
                ? ValidateOptionsResult.Fail(
                    "Admin:Authority is empty and MicrosoftAppTenantId is not set, so the admin API cannot know whose Entra tokens " +
                    "to accept. Set MicrosoftAppTenantId to the operator's tenant id, or Admin:Authority to " +
                    "https://login.microsoftonline.com/<tenant-id>/v2.0.")
                : ValidateOptionsResult.Success;
        }

        return Uri.TryCreate(options.Authority, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.IsLoopback)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Admin:Authority must be an absolute https URL (was '{options.Authority}').");
    }
}
