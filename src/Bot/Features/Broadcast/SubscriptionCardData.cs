using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast;

/// The data of cards/broadcast-subscription.json: a channel's subscription (`abos`, after "Speichern"), the question
/// before `abbestellen` ends it (<see cref="Confirm"/>), or what became of it.
internal sealed record SubscriptionCardData : ICardData<SubscriptionCardData>
{
    public static string CardName => "broadcast-subscription";
    public static JsonTypeInfo<SubscriptionCardData> JsonType => SubscriptionCardJsonContext.Cards.SubscriptionCardData;

    public required string Title { get; init; }

    public required string? Notice { get; init; }

    /// "Good" or "Attention".
    public string NoticeColor { get; init; } = "Good";

    /// Kinds, topics, region, schedule, next digest; empty when the channel has no subscription.
    public required IReadOnlyList<BroadcastFact> Facts { get; init; }

    /// For editors and admins: how many subscriptions there are in all; null for everyone else.
    public required string? Total { get; init; }

    /// True: asks whether to end the subscription, with "Ja, abbestellen".
    public required bool Confirm { get; init; }
}
