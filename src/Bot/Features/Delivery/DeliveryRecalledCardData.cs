using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Delivery;

/// The data of cards/delivery-recalled.json: what a recalled copy becomes (<see cref="RecallMode.Replace"/>).
internal sealed record DeliveryRecalledCardData : ICardData<DeliveryRecalledCardData>
{
    public static string CardName => "delivery-recalled";
    public static JsonTypeInfo<DeliveryRecalledCardData> JsonType => DeliveryCardJsonContext.Cards.DeliveryRecalledCardData;

    /// The original message's summary, so readers know which message it was.
    public required string Summary { get; init; }

    /// TT.MM.JJJJ, Europe/Berlin.
    public required string RecalledOn { get; init; }
}
