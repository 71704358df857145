using System.Text.Json;

namespace KommunalBot.Bot.Features.Ask;

/// The fields Ask's card actions send (cards/answer.json, no-answer.json, services.json, news.json). A value
/// of another JSON kind, an overlong value or a malformed question id counts as missing, so a stale or
/// forged payload gets a friendly refusal: never an exception, never a store key built from it.
internal sealed record AskActionData
{
    /// Far longer than any id the cards carry (question ids have 32 characters, service ids are short slugs).
    public const int MaxIdLength = 200;

    /// The reason input's maxLength in cards/answer.json: a longer value did not come from our card and is cut.
    public const int MaxReasonLength = 500;

    /// Themenfeld names are headings of a few words (cards/services.json sends them back).
    public const int MaxThemenfeldLength = 200;

    public string? QuestionId { get; init; }
    public string? ServiceId { get; init; }
    public bool? Helpful { get; init; }
    public string? Reason { get; init; }
    public int? Page { get; init; }
    public string? Themenfeld { get; init; }

    public static AskActionData Read(JsonElement data) => data.ValueKind != JsonValueKind.Object ? new() : new()
    {
        QuestionId = Text(data, "questionId", MaxIdLength) is { } id && QuestionLog.IsWellFormedId(id) ? id : null,
        ServiceId = Text(data, "serviceId", MaxIdLength),
        Helpful = data.TryGetProperty("helpful", out var helpful) && helpful.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? helpful.GetBoolean()
            : null,
        Reason = Text(data, "reason", int.MaxValue) is { } reason ? Truncate(reason.Trim(), MaxReasonLength) : null,
        Page = data.TryGetProperty("page", out var page) && page.ValueKind == JsonValueKind.Number && page.TryGetInt32(out var number) ? number : null,
        Themenfeld = Text(data, "themenfeld", MaxThemenfeldLength),
    };

    /// At most <paramref name="maxLength"/> characters, without splitting a surrogate pair.
    public static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var end = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return text[..end];
    }

    private static string? Text(JsonElement data, string name, int maxLength) =>
        Protocol.JsonFields.String(data, name) is { Length: > 0 } text && text.Length <= maxLength ? text : null;
}
