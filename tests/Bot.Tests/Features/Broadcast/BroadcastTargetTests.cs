using KommunalBot.Bot.Features.Broadcast;

namespace KommunalBot.Bot.Tests.Features.Broadcast;

/// Which subscriptions an item or a send is for: kind, topics (none = all) and region (overlapping).
public sealed class BroadcastTargetTests
{
    private static readonly Subscription FamilyInOberbayern = DigestScheduleTests.Weekly(DayOfWeek.Monday, 9) with
    {
        Kinds = [BroadcastKind.BestPractice, BroadcastKind.News],
        Topics = ["Familie & Kind"],
        Region = "Oberbayern",
    };

    [Theory]
    [InlineData(BroadcastKind.BestPractice, "familie & kind", "Bayern", true)] // topics compare case-insensitively
    [InlineData(BroadcastKind.News, "", null, true)] // no topics and no region: for everyone who takes news
    [InlineData(BroadcastKind.Event, "Familie & Kind", "Oberbayern", false)] // not subscribed to events
    [InlineData(BroadcastKind.BestPractice, "Bauen & Wohnen", "Oberbayern", false)]
    [InlineData(BroadcastKind.BestPractice, "Bauen & Wohnen,Familie & Kind", "Oberbayern", true)] // one shared topic is enough
    [InlineData(BroadcastKind.BestPractice, "Familie & Kind", "Schwaben", false)]
    public void Matches(BroadcastKind kind, string topics, string? region, bool expected) =>
        Assert.Equal(expected, new BroadcastTarget(kind, AnnouncementDraft.Split(topics), region).Matches(FamilyInOberbayern));

    [Fact]
    public void Matches_ASubscriptionForEveryTopic_TakesAnyTopic() =>
        Assert.True(new BroadcastTarget(BroadcastKind.News, ["Bauen & Wohnen"], null).Matches(FamilyInOberbayern with { Topics = [] }));
}
