using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Delivery;

/// The data of cards/delivery-list.json (`zustellungen`): the most recent sends, newest first.
internal sealed record DeliveryListCardData : ICardData<DeliveryListCardData>
{
    public static string CardName => "delivery-list";
    public static JsonTypeInfo<DeliveryListCardData> JsonType => DeliveryCardJsonContext.Cards.DeliveryListCardData;

    public required IReadOnlyList<DeliveryListItem> Items { get; init; }
}
