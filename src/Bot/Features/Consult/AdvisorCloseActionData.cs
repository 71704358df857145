using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Consult;

/// "Schließen" with the resolution note in <see cref="AdvisorActionData.Resolution"/>.
internal sealed record AdvisorCloseActionData : AdvisorActionData, ICardAction<AdvisorCloseActionData>
{
    public static string Verb => "consult.close";
    public static JsonTypeInfo<AdvisorCloseActionData> JsonType => ConsultAdvisorCardJsonContext.Cards.AdvisorCloseActionData;
}
