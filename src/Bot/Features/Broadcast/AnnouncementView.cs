using KommunalBot.Bot.Features.Delivery;

namespace KommunalBot.Bot.Features.Broadcast;

/// An announcement as the admin API shows it: the audience it reaches now (<paramref name="Channels"/>,
/// <paramref name="Organisations"/>: the preview before sending, the count sent to after), the delivery report once
/// sent, and where to recall it (Delivery's `POST /admin/deliveries/{contentId}/recall`).
internal sealed record AnnouncementView(
    string Id,
    AnnouncementStatus Status,
    string Title,
    string Text,
    string? Link,
    IReadOnlyList<string> Topics,
    string? Region,
    DateTimeOffset CreatedUtc,
    DateTimeOffset? SendAtUtc,
    DateTimeOffset? SentUtc,
    int Channels,
    int Organisations,
    string ContentId,
    string Recall,
    DeliveryReport? Report)
{
    public static AnnouncementView Of(Announcement announcement, int channels, int organisations, DeliveryReport? report) => new(
        announcement.Id, announcement.Status, announcement.Title, announcement.Text, announcement.Link, announcement.Topics, announcement.Region,
        announcement.CreatedUtc, announcement.SendAtUtc, announcement.SentUtc, channels, organisations, announcement.ContentId,
        $"/admin/deliveries/{announcement.ContentId}/recall", report);
}
