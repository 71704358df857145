namespace KommunalBot.Bot.Features.Knowledge;

/// The document every publish and withdrawal rewrites; instances compare its ETag to see that something changed.
internal sealed record PublishedVersion(DateTimeOffset ChangedAt);
