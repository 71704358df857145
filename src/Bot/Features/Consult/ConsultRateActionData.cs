using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Consult;

/// One of the five star buttons of "Bewerten" on a closed request (the workflow refuses anything outside 1-5).
internal sealed record ConsultRateActionData : CardActionData, ICardAction<ConsultRateActionData>
{
    public static string Verb => "consult.rate";
    public static JsonTypeInfo<ConsultRateActionData> JsonType => ConsultIntakeCardJsonContext.Cards.ConsultRateActionData;

    public required string Id { get; init; }
    public required int Rating { get; init; }
}
