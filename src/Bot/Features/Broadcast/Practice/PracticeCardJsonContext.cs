using System.Text.Json.Serialization;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// The best-practice cards' data and action payloads, with the cards' options (<see cref="CardJson"/>).
[JsonSerializable(typeof(PracticeFormCardData))]
[JsonSerializable(typeof(PracticeReviewCardData))]
[JsonSerializable(typeof(PracticeConfirmationCardData))]
[JsonSerializable(typeof(PracticeSubmitActionData))]
[JsonSerializable(typeof(PracticeDecisionActionData))]
internal sealed partial class PracticeCardJsonContext : JsonSerializerContext
{
    public static PracticeCardJsonContext Cards { get; } = new(CardJson.Options());
}
