using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast;

/// The data of cards/broadcast-announce.json: the announcement form, empty or returned with what was typed and why it
/// cannot be previewed yet.
internal sealed record AnnouncementFormCardData : ICardData<AnnouncementFormCardData>
{
    public static string CardName => "broadcast-announce";
    public static JsonTypeInfo<AnnouncementFormCardData> JsonType => SubscriptionCardJsonContext.Cards.AnnouncementFormCardData;

    public required string? Error { get; init; }
    public required string Title { get; init; }
    public required string Text { get; init; }
    public required string Link { get; init; }
    public required IReadOnlyList<string> TopicChoices { get; init; }
    public required string Topics { get; init; }
    public required IReadOnlyList<string> RegionChoices { get; init; }
    public required string Region { get; init; }
    public required int MaxTitleLength { get; init; }
    public required int MaxTextLength { get; init; }
}
