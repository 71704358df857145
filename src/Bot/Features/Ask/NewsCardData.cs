using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Ask;

/// The data of cards/news.json (`neu`).
internal sealed record NewsCardData : ICardData<NewsCardData>
{
    public static string CardName => "news";
    public static JsonTypeInfo<NewsCardData> JsonType => AskCardJsonContext.Cards.NewsCardData;

    public required IReadOnlyList<NewsItem> Items { get; init; }
}
