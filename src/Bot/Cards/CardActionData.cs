using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Cards;

/// The data a card button sends back. Action.Submit carries the verb inside its data (`{"verb": ...}`),
/// Action.Execute beside it, so a payload may name it: the router has already chosen the handler by it.
/// https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/work-with-universal-actions-for-adaptive-cards
internal abstract record CardActionData
{
    [JsonPropertyName("verb")]
    public string? SubmitVerb { get; init; }

    /// The payload of <paramref name="action"/> as <typeparamref name="T"/>; null when it is not exactly that
    /// shape (a field missing, unknown, null where a value is needed, or of another JSON kind): a stale or
    /// forged button, which the handler refuses without saving anything. No data at all reads as `{}`.
    public static T? Read<T>(CardAction action) where T : CardActionData, ICardAction<T>
    {
        try
        {
            return action.Data.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null
                ? JsonSerializer.Deserialize("{}", T.JsonType)
                : action.Data.Deserialize(T.JsonType);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
