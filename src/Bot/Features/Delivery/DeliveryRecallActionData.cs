using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Delivery;

/// "Ja, zurückziehen" in the confirmation step of cards/delivery-report.json: recalls the send.
internal sealed record DeliveryRecallActionData : CardActionData, ICardAction<DeliveryRecallActionData>
{
    public static string Verb => "delivery.recall";
    public static JsonTypeInfo<DeliveryRecallActionData> JsonType => DeliveryCardJsonContext.Cards.DeliveryRecallActionData;

    public required string ContentId { get; init; }
    public required RecallMode Mode { get; init; }
}
