namespace KommunalBot.Bot.Protocol.Auth;

/// The Bot Framework SDK's own setting names, read from the configuration root so an operator's
/// existing settings work unchanged (learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication).
public sealed class BotAuthOptions
{
    public const string PublicChannelMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string PublicEmulatorMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";
    public const string PublicChannelIssuer = "https://api.botframework.com";

    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string MicrosoftAppType { get; set; } = "MultiTenant";
    public string? MicrosoftAppTenantId { get; set; }
    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = PublicChannelMetadataUrl;
    public string ToBotFromChannelTokenIssuer { get; set; } = PublicChannelIssuer;
    public string ToBotFromEmulatorOpenIdMetadataUrl { get; set; } = PublicEmulatorMetadataUrl;

    /// `{0}` is replaced by `botframework.com` (multi-tenant) or the tenant id (single-tenant).
    public string ToChannelFromBotLoginUrl { get; set; } = "https://login.microsoftonline.com/{0}";
    public string ToChannelFromBotOAuthScope { get; set; } = "https://api.botframework.com";
    public bool ValidateAuthority { get; set; } = true;

    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool IsSingleTenant => string.Equals(MicrosoftAppType, "SingleTenant", StringComparison.OrdinalIgnoreCase);

    /// The authority for outbound tokens: `{0}` filled with the tenant segment.
    public string LoginAuthority()
    {
        var tenant = IsSingleTenant ? MicrosoftAppTenantId! : "botframework.com";
        return ToChannelFromBotLoginUrl.Contains("{0}", StringComparison.Ordinal)
            ? string.Format(System.Globalization.CultureInfo.InvariantCulture, ToChannelFromBotLoginUrl, tenant)
            : ToChannelFromBotLoginUrl;
    }
}
