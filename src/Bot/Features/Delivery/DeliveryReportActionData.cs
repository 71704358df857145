using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Delivery;

/// "Bericht" on cards/delivery-list.json: the send's report as a new message (the list stays).
internal sealed record DeliveryReportActionData : CardActionData, ICardAction<DeliveryReportActionData>
{
    public static string Verb => "delivery.report";
    public static JsonTypeInfo<DeliveryReportActionData> JsonType => DeliveryCardJsonContext.Cards.DeliveryReportActionData;

    public required string ContentId { get; init; }
}
