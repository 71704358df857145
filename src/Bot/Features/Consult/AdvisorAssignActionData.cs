using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Consult;

/// "Zuweisen an …" with the colleague in <see cref="AdvisorActionData.Assignee"/>.
internal sealed record AdvisorAssignActionData : AdvisorActionData, ICardAction<AdvisorAssignActionData>
{
    public static string Verb => "consult.assign";
    public static JsonTypeInfo<AdvisorAssignActionData> JsonType => ConsultAdvisorCardJsonContext.Cards.AdvisorAssignActionData;
}
