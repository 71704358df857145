using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Consult;

/// "Information ergänzen" on cards/consult-details.json; <see cref="Info"/> is the card's text input.
internal sealed record ConsultAddInfoActionData : CardActionData, ICardAction<ConsultAddInfoActionData>
{
    public static string Verb => "consult.addinfo";
    public static JsonTypeInfo<ConsultAddInfoActionData> JsonType => ConsultIntakeCardJsonContext.Cards.ConsultAddInfoActionData;

    public required string Id { get; init; }
    public string? Info { get; init; }
}
