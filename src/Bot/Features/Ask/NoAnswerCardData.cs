using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Features.Consult;

namespace KommunalBot.Bot.Features.Ask;

/// The data of cards/no-answer.json.
internal sealed record NoAnswerCardData : ICardData<NoAnswerCardData>
{
    public static string CardName => "no-answer";
    public static JsonTypeInfo<NoAnswerCardData> JsonType => AskCardJsonContext.Cards.NoAnswerCardData;

    public required string QuestionId { get; init; }

    /// "Zu „Vereinsfest-Anzeige“ habe ich keinen Steckbrief …", or null when every word was known.
    public required string? UnknownText { get; init; }

    public required IReadOnlyList<ServiceButton> Closest { get; init; }
    public required bool CanConsult { get; init; }

    /// "Beratung anfragen": the question and what the card answered, for Consult's request form.
    public required ConsultFormButton Consult { get; init; }
}
