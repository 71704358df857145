using Microsoft.IdentityModel.Tokens;

namespace KommunalBot.Bot.Protocol.Auth;

/// Token lifetime checked against a <see cref="TimeProvider"/>, so tests control "now" (STYLE habit 10):
/// an expiry is required, and not-before and expiry allow the parameters' clock skew.
public static class TokenLifetime
{
    public static LifetimeValidator Validator(TimeProvider timeProvider) => (notBefore, expires, _, parameters) =>
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        return expires is not null
            && (notBefore is null || notBefore.Value - parameters.ClockSkew <= now)
            && now <= expires.Value + parameters.ClockSkew;
    };
}
