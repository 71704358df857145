using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Consult;

/// "Übernehmen".
internal sealed record AdvisorClaimActionData : AdvisorActionData, ICardAction<AdvisorClaimActionData>
{
    public static string Verb => "consult.claim";
    public static JsonTypeInfo<AdvisorClaimActionData> JsonType => ConsultAdvisorCardJsonContext.Cards.AdvisorClaimActionData;
}
