using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// Freigeben, Überarbeiten or Ablehnen on cards/broadcast-practice-review.json: the submission, the round the card
/// showed, the decision (`publish`, `revise`, `reject`) and the card's note field.
internal sealed record PracticeDecisionActionData : CardActionData, ICardAction<PracticeDecisionActionData>
{
    public static string Verb => "broadcast.practice.decide";
    public static JsonTypeInfo<PracticeDecisionActionData> JsonType => PracticeCardJsonContext.Cards.PracticeDecisionActionData;

    public required string Id { get; init; }
    public required int Round { get; init; }
    public required string Decision { get; init; }
    public string? Note { get; init; }
}
