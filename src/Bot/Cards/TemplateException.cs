using System.Text.Json;

namespace KommunalBot.Bot.Cards;

/// Thrown when a template uses syntax outside the supported subset, does not parse, or fails to bind.
internal sealed class TemplateException(string message) : Exception(message)
{
    public static TemplateException At(string path, string message) =>
        new($"{(path.Length == 0 ? "/" : path)}: {message}");

    /// A JSON Pointer segment (RFC 6901).
    public static string Segment(string key) => key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Show(string text) => JsonSerializer.Serialize(text);
}
