using System.Text;

namespace KommunalBot.Bot.Protocol;

/// Values from outside (ids, activity types, verbs) made safe for a log line: control characters, which
/// could forge lines or drive a terminal (newline, ANSI escape), are escaped, and long values are cut.
public static class LogValue
{
    /// Ids in log lines: Teams' longest ids have about 150 characters.
    public const int MaxLength = 160;

    public static string Clean(string? value, int maxLength = MaxLength)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value ?? string.Empty;
        }

        var cut = value.Length > maxLength;
        var text = cut ? value[..maxLength] : value;
        if (!text.Any(c => char.IsControl(c) || char.IsSurrogate(c)) && !cut)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c);
        }

        return cut ? builder.Append("…(").Append(value.Length).Append(" chars)").ToString() : builder.ToString();
    }
}
