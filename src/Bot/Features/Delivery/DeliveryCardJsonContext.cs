using System.Text.Json.Serialization;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Delivery;

/// Delivery's card data and action payloads, with the cards' options (<see cref="CardJson"/>).
[JsonSerializable(typeof(DeliveryRecalledCardData))]
[JsonSerializable(typeof(DeliveryListCardData))]
[JsonSerializable(typeof(DeliveryReportCardData))]
[JsonSerializable(typeof(DeliveryReportActionData))]
[JsonSerializable(typeof(DeliveryRefreshActionData))]
[JsonSerializable(typeof(DeliveryConfirmRecallActionData))]
[JsonSerializable(typeof(DeliveryRecallActionData))]
internal sealed partial class DeliveryCardJsonContext : JsonSerializerContext
{
    public static DeliveryCardJsonContext Cards { get; } = new(CardJson.Options());
}
