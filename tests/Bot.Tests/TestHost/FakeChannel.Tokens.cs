using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KommunalBot.Bot.Tests.TestHost;

/// The good channel token and the bad variants each 401 test uses.
public enum TokenVariant
{
    Good,
    Expired,
    NotYetValid,
    WrongAudience,
    WrongIssuer,
    UnknownKey,
    AlgNone,
    EndorsementMissing,
    ServiceUrlMismatch,
    ServiceUrlMissing,
    ExpiredWithinSkew,
}

public sealed partial class FakeChannel
{
    public string CreateToken(string appId, DateTimeOffset now, TokenVariant variant = TokenVariant.Good, string? serviceUrl = null)
    {
        serviceUrl ??= ServiceUrl;
        var (notBefore, expires) = variant switch
        {
            TokenVariant.Expired => (now.AddHours(-2), now.AddMinutes(-10)),
            TokenVariant.ExpiredWithinSkew => (now.AddHours(-1), now.AddMinutes(-2)),
            TokenVariant.NotYetValid => (now.AddMinutes(10), now.AddHours(1)),
            _ => (now.AddMinutes(-1), now.AddHours(1)),
        };
        var claims = new Dictionary<string, object>();
        if (variant != TokenVariant.ServiceUrlMissing)
        {
            claims["serviceurl"] = variant == TokenVariant.ServiceUrlMismatch ? "https://evil.example.org/" : serviceUrl;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = variant == TokenVariant.WrongIssuer ? "https://sts.example.org/" : Issuer,
            Audience = variant == TokenVariant.WrongAudience ? Guid.NewGuid().ToString() : appId,
            IssuedAt = notBefore.UtcDateTime,
            NotBefore = notBefore.UtcDateTime,
            Expires = expires.UtcDateTime,
            Claims = claims,
        };
        if (variant == TokenVariant.AlgNone)
        {
            return Unsigned(descriptor);
        }

        var key = variant switch
        {
            TokenVariant.UnknownKey => UnknownKey,
            TokenVariant.EndorsementMissing => WebchatKey,
            _ => TeamsKey,
        };
        descriptor.SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// An Entra-like authority served by this fake (admin API tokens).
    public string EntraAuthority(string tenantId) => $"{BaseUrl}/{tenantId}/v2.0";

    /// The token endpoint's clock; the bot's test clock once a <see cref="BotApp"/> uses this channel.
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// An Entra ID access token for the admin API, as an operator's tool would get it.
    public string CreateAdminToken(string tenantId, string objectId, string audience, DateTimeOffset now) =>
        EntraToken(EntraAuthority(tenantId), audience, now, new() { ["tid"] = tenantId, ["oid"] = objectId });

    /// A Bot Framework Emulator token (v1: app id in `appid`, v2: in `azp`), signed by a published key.
    public string CreateEmulatorToken(string appId, DateTimeOffset now, string version = "1.0") =>
        EntraToken(
            version == "2.0" ? "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0" : BotFrameworkV1Issuer,
            appId,
            now,
            new() { ["ver"] = version, [version == "2.0" ? "azp" : "appid"] = appId });

    /// What Entra gives the bot for the Bot Connector: a v1 token of the botframework.com tenant with the
    /// bot's app id in `appid` and the Connector as audience, signed by a key the Emulator metadata publishes.
    public string CreateConnectorToken(string appId) =>
        EntraToken(BotFrameworkV1Issuer, "https://api.botframework.com", Clock.GetUtcNow(),
            new() { ["ver"] = "1.0", ["appid"] = appId, ["tid"] = "d6d49420-f39b-4df7-a1dc-d59a935871db" });

    private const string BotFrameworkV1Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";

    /// Valid from a minute ago for an hour, signed with the key the metadata publishes.
    private string EntraToken(string issuer, string audience, DateTimeOffset now, Dictionary<string, object> claims) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now.AddMinutes(-1).UtcDateTime,
            NotBefore = now.AddMinutes(-1).UtcDateTime,
            Expires = now.AddHours(1).UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(TeamsKey, SecurityAlgorithms.RsaSha256),
        });

    // `alg: none` with an empty signature: the classic forged token.
    private static string Unsigned(SecurityTokenDescriptor descriptor)
    {
        var header = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes("""{"alg":"none","typ":"JWT"}"""));
        var payload = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(
            $$"""{"iss":"{{descriptor.Issuer}}","aud":"{{descriptor.Audience}}","nbf":{{ToUnix(descriptor.NotBefore)}},"exp":{{ToUnix(descriptor.Expires)}}}"""));
        return $"{header}.{payload}.";
    }

    private static long ToUnix(DateTime? time) => new DateTimeOffset(time!.Value).ToUnixTimeSeconds();
}
