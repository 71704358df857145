namespace KommunalBot.Bot.Features.Access;

/// Section `Admin`: how the admin API (for editors and operators) checks its callers' Entra ID tokens.
public sealed class AdminAuthOptions
{
    /// The Entra authority whose tokens are accepted; empty = `https://login.microsoftonline.com/{MicrosoftAppTenantId}/v2.0`.
    public string? Authority { get; set; }

    /// Accepted audiences; empty = `api://{MicrosoftAppId}` and `{MicrosoftAppId}`.
    public List<string> Audiences { get; set; } = [];
}
