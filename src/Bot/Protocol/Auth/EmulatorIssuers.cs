namespace KommunalBot.Bot.Protocol.Auth;

/// Issuers of Bot Framework Emulator / Entra tokens (learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication).
internal static class EmulatorIssuers
{
    private static readonly string[] KnownTenants =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db", // v3.1 tokens
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a", // v3.2 tokens
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    private static readonly string[] Templates =
    [
        "https://sts.windows.net/{0}/",
        "https://login.microsoftonline.com/{0}/v2.0",
    ];

    /// Known tenants, plus the bot's own tenant (single-tenant Emulator). Unlike the SDK we do not
    /// accept any tenant named in the token's own tid claim.
    public static IEnumerable<string> For(BotAuthOptions options)
    {
        var tenants = KnownTenants.AsEnumerable();
        if (!string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            tenants = tenants.Append(options.MicrosoftAppTenantId);
        }

        return tenants.SelectMany(t => Templates.Select(template => string.Format(
            System.Globalization.CultureInfo.InvariantCulture, template, t)));
    }

    public static bool IsEmulatorIssuer(string? issuer, BotAuthOptions options) =>
        issuer is not null && For(options).Contains(issuer, StringComparer.Ordinal);
}
