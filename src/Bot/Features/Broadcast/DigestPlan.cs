namespace KommunalBot.Bot.Features.Broadcast;

/// What a digest run would send: one content per <see cref="DigestGroup"/>; <paramref name="Quiet"/> are the
/// subscriptions without news, which get no post.
internal sealed record DigestPlan(IReadOnlyList<DigestGroup> Groups, IReadOnlyList<DigestDue> Quiet)
{
    public AudiencePlan Audience => new([.. Groups.SelectMany(g => g.Subscriptions)]);

    public int Items => Groups.SelectMany(g => g.Items).Select(i => i.Id).Distinct(StringComparer.Ordinal).Count();
}
