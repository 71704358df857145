namespace KommunalBot.Bot.Features.Access;

/// The admin API's authentication schemes. <see cref="Admin"/> forwards to <see cref="Entra"/> (JwtBearer,
/// Entra ID tokens of the operator's tenant) or, with no MicrosoftAppId configured (development), to
/// <see cref="Local"/> (callers on this machine are admins). None is the default scheme, so the bot's own
/// /api/messages (Bot Framework tokens, checked in Protocol) never runs through them.
internal static class AdminSchemes
{
    public const string Admin = "Admin";
    public const string Entra = "AdminEntra";
    public const string Local = "AdminLocal";

    /// Claim type of the roles <see cref="AccessPolicy"/> gives a caller. Private to the bot, so a token's own
    /// `roles` claim (Entra app roles) grants nothing.
    public const string RoleClaim = "kommunalbot/role";

    /// HttpContext item set when the Entra metadata could not be read (answered with 503, not 401).
    public const string MetadataUnavailable = "kommunalbot/admin-metadata-unavailable";

    public static string Policy(Permission permission) => "Permission:" + permission;
}
