using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Consult;

/// "Übernehmen" (<see cref="Accept"/> true: publish into the knowledge base) or "Verwerfen" on cards/consult-draft.json.
internal sealed record DraftDecisionActionData : CardActionData, ICardAction<DraftDecisionActionData>
{
    public static string Verb => "consult.draft.decide";
    public static JsonTypeInfo<DraftDecisionActionData> JsonType => ConsultRelayCardJsonContext.Cards.DraftDecisionActionData;

    public required string RequestId { get; init; }
    public required bool Accept { get; init; }
}
