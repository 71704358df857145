using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Features.Consult;

namespace KommunalBot.Bot.Features.Ask;

/// The data of cards/answer.json. Stored with the question (<see cref="QuestionRecord.CardData"/>) to render the
/// card again when the asker rates it.
internal sealed record AnswerCardData : ICardData<AnswerCardData>
{
    public static string CardName => "answer";
    public static JsonTypeInfo<AnswerCardData> JsonType => AskCardJsonContext.Cards.AnswerCardData;

    public required string QuestionId { get; init; }
    public required string Title { get; init; }

    /// The Steckbrief that answers, for its "Steckbrief anzeigen" button; null for an article.
    public required string? ServiceId { get; init; }

    public required IReadOnlyList<DirectFact> DirectFacts { get; init; }
    public required string? DirectText { get; init; }
    public required string? MoreText { get; init; }
    public required bool AiGenerated { get; init; }
    public required IReadOnlyList<CardFact> Summary { get; init; }
    public required IReadOnlyList<AnswerPassage> Passages { get; init; }
    public required IReadOnlyList<CardSource> Sources { get; init; }
    public required IReadOnlyList<ServiceButton> DidYouMean { get; init; }

    /// null before the asker rated the answer, then "helpful" or "unhelpful" (<see cref="QuestionRecord.Feedback"/>).
    public required string? Feedback { get; init; }

    public required bool CanConsult { get; init; }

    /// "Beratung anfragen": the question and what the card answered, for Consult's request form.
    public required ConsultFormButton Consult { get; init; }
}
