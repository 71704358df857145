namespace KommunalBot.Bot.Protocol.Auth;

internal static class ServiceUrls
{
    /// The same service URL: scheme and host compare case-insensitively (RFC 3986 §6.2.2.1), port and
    /// path exactly. Anything that is not an absolute http(s) URL matches nothing.
    public static bool Same(string? a, string? b) =>
        TryParse(a, out var x) && TryParse(b, out var y)
        && x.Scheme == y.Scheme // Uri lower-cases scheme and host
        && x.IdnHost == y.IdnHost
        && x.Port == y.Port
        && string.Equals(x.PathAndQuery, y.PathAndQuery, StringComparison.Ordinal);

    public static bool TryParse(string? url, out Uri uri) =>
        Uri.TryCreate(url, UriKind.Absolute, out uri!) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
