using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast;

/// The data of cards/broadcast-subscribe.json: the subscription form, pre-filled from the channel's subscription (or
/// the defaults), or returned with what was chosen and why it cannot be saved. Values are as Teams sends them back:
/// multi-selects comma-separated, numbers as text.
internal sealed record SubscriptionFormCardData : ICardData<SubscriptionFormCardData>
{
    public static string CardName => "broadcast-subscribe";
    public static JsonTypeInfo<SubscriptionFormCardData> JsonType => SubscriptionCardJsonContext.Cards.SubscriptionFormCardData;

    public required string? Error { get; init; }

    /// <see cref="BroadcastKind"/> names, e.g. "BestPractice,News".
    public required string Kinds { get; init; }

    /// The Themenfelder of the knowledge base.
    public required IReadOnlyList<string> TopicChoices { get; init; }

    public required string Topics { get; init; }

    /// <see cref="Regions.All"/>; "alle" comes first on the card.
    public required IReadOnlyList<string> RegionChoices { get; init; }

    public required string Region { get; init; }

    /// <see cref="DigestFrequency"/> by name.
    public required string Frequency { get; init; }

    /// <see cref="DayOfWeek"/> by name.
    public required string Day { get; init; }

    public required IReadOnlyList<string> DaysOfMonth { get; init; }

    public required string DayOfMonth { get; init; }

    public required IReadOnlyList<SubscriptionHourChoice> Hours { get; init; }

    public required string Hour { get; init; }
}
