using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Consult;

/// The card's refresh (automatic for the listed members) and its "Aktualisieren" button.
internal sealed record AdvisorRefreshActionData : AdvisorActionData, ICardAction<AdvisorRefreshActionData>
{
    public static string Verb => "consult.refresh";
    public static JsonTypeInfo<AdvisorRefreshActionData> JsonType => ConsultAdvisorCardJsonContext.Cards.AdvisorRefreshActionData;
}
