using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast;

/// The data of cards/broadcast-announcement.json: an announcement as posted into the subscribed channels.
internal sealed record AnnouncementCardData : ICardData<AnnouncementCardData>
{
    public static string CardName => "broadcast-announcement";
    public static JsonTypeInfo<AnnouncementCardData> JsonType => SubscriptionCardJsonContext.Cards.AnnouncementCardData;

    public required string Title { get; init; }

    /// TT.MM.JJJJ of sending, Europe/Berlin.
    public required string Date { get; init; }

    public required string Text { get; init; }

    public required string? Link { get; init; }
}
