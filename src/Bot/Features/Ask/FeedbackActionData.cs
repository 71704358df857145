using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Ask;

/// "Hilfreich" / "Nicht hilfreich" on cards/answer.json; <see cref="Reason"/> is the card's reason input.
internal sealed record FeedbackActionData : CardActionData, ICardAction<FeedbackActionData>
{
    /// The reason input's maxLength in cards/answer.json: a longer value did not come from our card and is cut.
    public const int MaxReasonLength = 500;

    public static string Verb => "ask.feedback";
    public static JsonTypeInfo<FeedbackActionData> JsonType => AskCardJsonContext.Cards.FeedbackActionData;

    public required string QuestionId { get; init; }
    public required bool Helpful { get; init; }
    public string? Reason { get; init; }
}
