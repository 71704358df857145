namespace KommunalBot.Bot.Features.Broadcast;

/// A subscription whose digest holds what was published after its <see cref="Subscription.LastDigestUtc"/> up to
/// <paramref name="Until"/> (its scheduled instant, or the instant of an editor's "digest now").
internal sealed record DigestDue(Subscription Subscription, DateTimeOffset Until);
