using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast;

/// The data of cards/broadcast-digest.json: what was published for a channel since its last digest; the first
/// Broadcast:DigestMaxItems on the card, the rest behind "Mehr anzeigen".
internal sealed record DigestCardData : ICardData<DigestCardData>
{
    public static string CardName => "broadcast-digest";
    public static JsonTypeInfo<DigestCardData> JsonType => SubscriptionCardJsonContext.Cards.DigestCardData;

    public required string Title { get; init; }

    /// "Stand: 29.03.2027 09:00" (Europe/Berlin).
    public required string Stand { get; init; }

    public required IReadOnlyList<DigestCardItem> Items { get; init; }

    public required IReadOnlyList<DigestCardItem> More { get; init; }

    public required string MoreTitle { get; init; }

    /// How many did not fit even behind "Mehr anzeigen"; null when all did.
    public required string? Overflow { get; init; }
}
