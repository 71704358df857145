namespace KommunalBot.Bot.Features.Broadcast;

/// Whom a send is for: the channels subscribed to <paramref name="Kind"/> whose topics and region match. Empty
/// <paramref name="Topics"/> and a null <paramref name="Region"/> mean every topic and region.
public sealed record BroadcastTarget(BroadcastKind Kind, IReadOnlyList<string> Topics, string? Region)
{
    /// True when the subscription wants this: its kinds include the kind, the topics share one (or either side has
    /// none), and the regions overlap (<see cref="Regions.Overlap"/>).
    public bool Matches(Subscription subscription) =>
        subscription.Kinds.Contains(Kind)
        && (subscription.Topics.Count == 0 || Topics.Count == 0 || subscription.Topics.Intersect(Topics, StringComparer.OrdinalIgnoreCase).Any())
        && Regions.Overlap(subscription.Region, Region);
}
