using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast;

/// "Ja, abbestellen" on cards/broadcast-subscription.json: ends the subscription of the conversation the button was
/// pressed in (so a card cannot name another channel).
internal sealed record SubscriptionEndActionData : CardActionData, ICardAction<SubscriptionEndActionData>
{
    public static string Verb => "broadcast.unsubscribe";
    public static JsonTypeInfo<SubscriptionEndActionData> JsonType => SubscriptionCardJsonContext.Cards.SubscriptionEndActionData;
}
