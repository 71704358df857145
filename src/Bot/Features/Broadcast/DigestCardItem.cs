namespace KommunalBot.Bot.Features.Broadcast;

/// One entry of a digest card. <paramref name="Source"/>: organisation and region, or null.
internal sealed record DigestCardItem(string KindLabel, string Title, string? Source, string Summary, string? Url);
