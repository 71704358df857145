using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Consult;

/// "Zurück zur Liste" on cards/consult-details.json: the clerk's requests again, in place.
internal sealed record ConsultListActionData : CardActionData, ICardAction<ConsultListActionData>
{
    public static string Verb => "consult.list";
    public static JsonTypeInfo<ConsultListActionData> JsonType => ConsultIntakeCardJsonContext.Cards.ConsultListActionData;
}
