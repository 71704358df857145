using System.Globalization;

namespace KommunalBot.Bot.Features.Delivery;

/// At most <paramref name="Count"/> calls in any <paramref name="Window"/>, written `7/1s` (units ms, s, m, h), a list
/// comma-separated: `7/1s,8/2s,60/30s,1800/1h` (the notation of channel-sim's `--throttle`).
public sealed record RateLimit(int Count, TimeSpan Window)
{
    public override string ToString() => $"{Count}/{Unit(Window)}";

    /// The limits of <paramref name="spec"/>; throws <see cref="FormatException"/> with the offending part.
    public static IReadOnlyList<RateLimit> ParseList(string spec)
    {
        var limits = new List<RateLimit>();
        foreach (var part in spec.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            limits.Add(Parse(part));
        }

        return limits.Count > 0 ? limits : throw new FormatException("no limit given");
    }

    private static RateLimit Parse(string part)
    {
        var slash = part.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0
            || !int.TryParse(part[..slash], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1
            || ParseWindow(part[(slash + 1)..]) is not { } window)
        {
            throw new FormatException($"'{part}' is not a limit like 7/1s (count/window, window in ms, s, m or h)");
        }

        return new RateLimit(count, window);
    }

    private static TimeSpan? ParseWindow(string text)
    {
        var unit = text.EndsWith("ms", StringComparison.Ordinal) ? "ms" : text.Length > 0 ? text[^1..] : "";
        if (!int.TryParse(text[..^unit.Length], NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount < 1)
        {
            return null;
        }

        return unit switch
        {
            "ms" => TimeSpan.FromMilliseconds(amount),
            "s" => TimeSpan.FromSeconds(amount),
            "m" => TimeSpan.FromMinutes(amount),
            "h" => TimeSpan.FromHours(amount),
            _ => null,
        };
    }

    private static string Unit(TimeSpan window) =>
        window.TotalHours is var h && h >= 1 && h == Math.Floor(h) ? $"{h}h"
        : window.TotalMinutes is var m && m >= 1 && m == Math.Floor(m) ? $"{m}m"
        : window.TotalSeconds is var s && s >= 1 && s == Math.Floor(s) ? $"{s}s"
        : $"{window.TotalMilliseconds}ms";
}
