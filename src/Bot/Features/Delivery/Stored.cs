namespace KommunalBot.Bot.Features.Delivery;

/// A document as read, with the etag a conditional write of it needs.
internal sealed record Stored<T>(string Key, T Value, string ETag);
