using System.Globalization;

namespace KommunalBot.Bot.Features.Broadcast;

/// The channels whose digest holds the same items, in the same language, for the same instant: they get one content
/// (so 11,000 channels with the same news are one content with 11,000 deliveries, not 11,000 contents).
internal sealed record DigestGroup(string ContentId, CultureInfo Culture, DateTimeOffset Until, IReadOnlyList<DigestItem> Items, IReadOnlyList<Subscription> Subscriptions);
