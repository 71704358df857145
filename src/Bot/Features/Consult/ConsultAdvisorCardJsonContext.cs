using System.Text.Json.Serialization;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Consult;

/// The advisors' card data and its buttons' payloads, with the cards' options (<see cref="CardJson"/>).
[JsonSerializable(typeof(AdvisorCardData))]
[JsonSerializable(typeof(AdvisorClaimActionData))]
[JsonSerializable(typeof(AdvisorAssignActionData))]
[JsonSerializable(typeof(AdvisorAnswerActionData))]
[JsonSerializable(typeof(AdvisorStatusActionData))]
[JsonSerializable(typeof(AdvisorCloseActionData))]
[JsonSerializable(typeof(AdvisorReopenActionData))]
[JsonSerializable(typeof(AdvisorRefreshActionData))]
internal sealed partial class ConsultAdvisorCardJsonContext : JsonSerializerContext
{
    public static ConsultAdvisorCardJsonContext Cards { get; } = new(CardJson.Options());
}
