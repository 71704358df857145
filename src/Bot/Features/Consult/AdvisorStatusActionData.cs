using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Consult;

/// "Status ändern" with the new status in <see cref="AdvisorActionData.Status"/>.
internal sealed record AdvisorStatusActionData : AdvisorActionData, ICardAction<AdvisorStatusActionData>
{
    public static string Verb => "consult.status";
    public static JsonTypeInfo<AdvisorStatusActionData> JsonType => ConsultAdvisorCardJsonContext.Cards.AdvisorStatusActionData;
}
