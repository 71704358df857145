using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast;

/// "Senden" on an announcement's preview: <see cref="Id"/> names the stored announcement.
internal sealed record AnnouncementSendActionData : CardActionData, ICardAction<AnnouncementSendActionData>
{
    public static string Verb => "broadcast.news.send";
    public static JsonTypeInfo<AnnouncementSendActionData> JsonType => SubscriptionCardJsonContext.Cards.AnnouncementSendActionData;

    public required string Id { get; init; }
}
