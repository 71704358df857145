using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Consult;

/// "Details" on cards/consult-requests.json: one of the clerk's requests with its history.
internal sealed record ConsultDetailsActionData : CardActionData, ICardAction<ConsultDetailsActionData>
{
    public static string Verb => "consult.details";
    public static JsonTypeInfo<ConsultDetailsActionData> JsonType => ConsultIntakeCardJsonContext.Cards.ConsultDetailsActionData;

    public required string Id { get; init; }
}
