using System.Text.Json.Serialization;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast;

/// The card data and action payloads of subscriptions, digests and announcements, with the cards' options
/// (<see cref="CardJson"/>).
[JsonSerializable(typeof(SubscriptionFormCardData))]
[JsonSerializable(typeof(SubscriptionCardData))]
[JsonSerializable(typeof(SubscriptionSaveActionData))]
[JsonSerializable(typeof(SubscriptionEndActionData))]
[JsonSerializable(typeof(DigestCardData))]
[JsonSerializable(typeof(DigestSendActionData))]
[JsonSerializable(typeof(AnnouncementFormCardData))]
[JsonSerializable(typeof(AnnouncementCardData))]
[JsonSerializable(typeof(AnnouncementPreviewActionData))]
[JsonSerializable(typeof(AnnouncementSendActionData))]
internal sealed partial class SubscriptionCardJsonContext : JsonSerializerContext
{
    public static SubscriptionCardJsonContext Cards { get; } = new(CardJson.Options());
}
