using System.Net;

namespace KommunalBot.Bot.Protocol.Auth;

/// Development mode (no app id) trusts callers on this machine only. A browser page can reach loopback
/// too (DNS rebinding: a foreign name that resolves to 127.0.0.1), and a reverse proxy on the same host
/// makes every caller look local; so a local caller must also name a loopback host and not be forwarded.
public static class LocalCaller
{
    private static readonly string[] ForwardingHeaders = ["Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Real-IP"];

    public static bool IsLocal(HttpContext http) =>
        http.Connection.RemoteIpAddress.IsLoopbackCaller()
        && IsLoopbackHost(http.Request.Host.Host)
        && !ForwardingHeaders.Any(http.Request.Headers.ContainsKey);

    /// True for 127.0.0.0/8 and ::1, also when Kestrel reports an IPv4 caller as ::ffff:127.0.0.1.
    public static bool IsLoopbackCaller(this IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    private static bool IsLoopbackHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && address.IsLoopbackCaller());
}
