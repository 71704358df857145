using System.Text.Json.Serialization;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Consult;

/// Card data and action payloads of the relay (reply choice) and the FAQ drafts, with the cards' options (<see cref="CardJson"/>).
[JsonSerializable(typeof(RelayChoiceCardData))]
[JsonSerializable(typeof(RelayReplyActionData))]
[JsonSerializable(typeof(DraftCardData))]
[JsonSerializable(typeof(ConsultDraftActionData))]
[JsonSerializable(typeof(DraftDecisionActionData))]
internal sealed partial class ConsultRelayCardJsonContext : JsonSerializerContext
{
    public static ConsultRelayCardJsonContext Cards { get; } = new(CardJson.Options());
}
