using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Delivery;

/// "Weiter" under "Zurückziehen" on cards/delivery-report.json: asks for confirmation, recalls nothing yet.
/// <see cref="Mode"/> is the card's choice input; null when it did not come along.
internal sealed record DeliveryConfirmRecallActionData : CardActionData, ICardAction<DeliveryConfirmRecallActionData>
{
    public static string Verb => "delivery.confirmrecall";
    public static JsonTypeInfo<DeliveryConfirmRecallActionData> JsonType => DeliveryCardJsonContext.Cards.DeliveryConfirmRecallActionData;

    public required string ContentId { get; init; }
    public RecallMode? Mode { get; init; }
}
