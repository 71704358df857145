namespace KommunalBot.Bot.Features.Broadcast;

/// The body of `POST /admin/broadcast/announcements`. <paramref name="SendAt"/>: when "send" should send it (UTC);
/// null: at once.
internal sealed record AnnouncementRequest(string? Title, string? Text, string? Link, IReadOnlyList<string>? Topics, string? Region, DateTimeOffset? SendAt);
