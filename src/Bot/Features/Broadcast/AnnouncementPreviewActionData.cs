using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast;

/// "Vorschau" on cards/broadcast-announce.json: the form's inputs, checked by <see cref="AnnouncementDraft.Check"/>.
internal sealed record AnnouncementPreviewActionData : CardActionData, ICardAction<AnnouncementPreviewActionData>
{
    public static string Verb => "broadcast.news.preview";
    public static JsonTypeInfo<AnnouncementPreviewActionData> JsonType => SubscriptionCardJsonContext.Cards.AnnouncementPreviewActionData;

    public string? Title { get; init; }
    public string? Text { get; init; }
    public string? Link { get; init; }
    public string? Topics { get; init; }
    public string? Region { get; init; }
}
