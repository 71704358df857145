using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Delivery;

/// "Aktualisieren" and "Abbrechen" on cards/delivery-report.json: the report card again, updated in place.
internal sealed record DeliveryRefreshActionData : CardActionData, ICardAction<DeliveryRefreshActionData>
{
    public static string Verb => "delivery.refresh";
    public static JsonTypeInfo<DeliveryRefreshActionData> JsonType => DeliveryCardJsonContext.Cards.DeliveryRefreshActionData;

    public required string ContentId { get; init; }
}
