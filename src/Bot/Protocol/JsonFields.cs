using System.Text.Json;

namespace KommunalBot.Bot.Protocol;

/// Reads fields of JSON from outside (activity entities, card action data) whatever their kind: a field
/// of the wrong kind, or a string that is not valid UTF-16 (a lone surrogate), reads as missing.
public static class JsonFields
{
    public static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? AsString(value) : null;

    /// The value as a string; null for any other kind or invalid UTF-16.
    public static string? AsString(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    public static JsonElement? Object(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : null;
}
