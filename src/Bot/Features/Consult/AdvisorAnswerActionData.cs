using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Consult;

/// "Antworten" with the text in <see cref="AdvisorActionData.Answer"/>.
internal sealed record AdvisorAnswerActionData : AdvisorActionData, ICardAction<AdvisorAnswerActionData>
{
    public static string Verb => "consult.answer";
    public static JsonTypeInfo<AdvisorAnswerActionData> JsonType => ConsultAdvisorCardJsonContext.Cards.AdvisorAnswerActionData;
}
