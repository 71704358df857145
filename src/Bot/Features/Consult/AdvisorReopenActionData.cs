using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Consult;

/// "Wieder öffnen".
internal sealed record AdvisorReopenActionData : AdvisorActionData, ICardAction<AdvisorReopenActionData>
{
    public static string Verb => "consult.reopen";
    public static JsonTypeInfo<AdvisorReopenActionData> JsonType => ConsultAdvisorCardJsonContext.Cards.AdvisorReopenActionData;
}
