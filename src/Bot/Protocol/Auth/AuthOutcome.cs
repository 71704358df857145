namespace KommunalBot.Bot.Protocol.Auth;

/// The result of checking an inbound call: who called, or why it was refused.
public sealed record AuthOutcome(bool IsAuthenticated, string? Reason, string? CallerAppId, bool IsEmulator)
{
    public static AuthOutcome Anonymous { get; } = new(true, null, null, false);

    public static AuthOutcome Channel(string appId) => new(true, null, appId, false);

    public static AuthOutcome Emulator(string appId) => new(true, null, appId, true);

    public static AuthOutcome Refused(string reason) => new(false, reason, null, false);
}

internal static class LoopbackCheck
{
    /// True for 127.0.0.0/8 and ::1, also when Kestrel reports an IPv4 caller as ::ffff:127.0.0.1.
    public static bool IsLoopbackCaller(this System.Net.IPAddress? address) =>
        address is not null && System.Net.IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
