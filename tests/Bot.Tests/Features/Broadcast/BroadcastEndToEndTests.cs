using System.Net;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Broadcast.Events;
using KommunalBot.Bot.Tests.Features.Delivery;
using KommunalBot.Bot.Tests.TestHost;
using static KommunalBot.Bot.Tests.Features.Broadcast.BroadcastFixture;

namespace KommunalBot.Bot.Tests.Features.Broadcast;

/// The "done when", through the Teams protocol and the admin API only: channels of two organisations
/// subscribe; a clerk's best practice is published by an editor and arrives in both channels with their Monday digest
/// after the change to summer time; an event invite reaches both; each exactly once, however often the jobs run or the
/// editor presses "send" again.
public sealed class BroadcastEndToEndTests : PracticeTest
{
    private const string BayernChannel = "19:kommune-digital@thread.tacv2";
    private const string NrwChannel = "19:channel-koeln@thread.tacv2";
    private const string NrwTeam = "19:team-koeln@thread.tacv2";

    protected override Dictionary<string, string?> Settings => BroadcastFixture.Settings(base.Settings);

    [Fact]
    public async Task DigestAndInvite_ReachSubscribedChannelsInTwoOrganisations_ExactlyOnce()
    {
        var monday = new DateTimeOffset(2027, 3, 29, 7, 0, 0, TimeSpan.Zero); // 09:00 in Berlin, the day after the change
        bot.Clock.AdjustTime(monday - TimeSpan.FromDays(4));
        await SubscribeAsync(bot, a => To(a, BayernChannel));
        await SubscribeAsync(bot, a => To(a, NrwChannel, NrwTeam), NrwTenant);

        await BindEditorsAsync();
        var id = await SubmitAsync();
        var published = await PressAsync(Eva, await ReviewCardAsync(id), "publish");
        Assert.Contains("Freigegeben von Eva Redakteurin", Readable(published), StringComparison.Ordinal);

        await RunClockToAsync(bot, monday - TimeSpan.FromMinutes(5), TimeSpan.FromHours(3));
        Assert.Empty(PostsIn(bot, BayernChannel)); // nothing before its time
        await RunClockToAsync(bot, monday + TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        await UntilAsync(bot, () => PostsIn(bot, BayernChannel).Count == 1 && PostsIn(bot, NrwChannel).Count == 1);
        Assert.All(Digests(), post => Assert.Contains(Title, Text(post.Card), StringComparison.Ordinal));
        Assert.All(Digests(), post => Assert.Equal(monday, post.At, TimeSpan.FromMinutes(2)));

        var created = await AdminAsync(bot, HttpMethod.Post, "/admin/broadcast/events", BotApp.EditorObjectId, new JsonObject
        {
            ["title"] = "Digitalwerkstatt: EfA-Hundesteuer in der Praxis",
            ["organiser"] = "BayKommun",
            ["start"] = "2027-04-15T10:00",
            ["end"] = "2027-04-15T12:00",
            ["onlineUrl"] = "https://teams.microsoft.com/l/meetup-join/19%3ameeting",
            ["capacity"] = 30,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var preview = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        Assert.Equal((2, 2), ((int)preview["channels"]!, (int)preview["organisations"]!));
        var eventId = (string)preview["id"]!;
        for (var press = 0; press < 2; press++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await AdminAsync(bot, HttpMethod.Post, $"/admin/broadcast/events/{eventId}/send", BotApp.EditorObjectId)).StatusCode);
        }

        await DeliveryFixture.SettledAsync(bot, BroadcastEvent.InviteContentId(eventId));
        await RunClockToAsync(bot, monday + TimeSpan.FromDays(7) + TimeSpan.FromHours(1), TimeSpan.FromHours(6)); // next Monday: no news, no post

        foreach (var channel in new[] { BayernChannel, NrwChannel })
        {
            var posts = PostsIn(bot, channel);
            Assert.Equal(2, posts.Count); // the digest and the invite, once each
            Assert.Contains("Digitalwerkstatt: EfA-Hundesteuer in der Praxis", Text(posts[1].Card), StringComparison.Ordinal);
            Assert.Contains("broadcast.event.rsvp", Text(posts[1].Card), StringComparison.Ordinal);
        }
    }

    private List<TestHost.RecordedCall> Digests() => [.. PostsIn(bot, BayernChannel), .. PostsIn(bot, NrwChannel)];
}
