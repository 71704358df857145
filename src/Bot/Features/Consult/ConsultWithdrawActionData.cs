using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Consult;

/// "Ja, zurückziehen" (after the confirmation) on the clerk's request cards.
internal sealed record ConsultWithdrawActionData : CardActionData, ICardAction<ConsultWithdrawActionData>
{
    public static string Verb => "consult.withdraw";
    public static JsonTypeInfo<ConsultWithdrawActionData> JsonType => ConsultIntakeCardJsonContext.Cards.ConsultWithdrawActionData;

    public required string Id { get; init; }
}
