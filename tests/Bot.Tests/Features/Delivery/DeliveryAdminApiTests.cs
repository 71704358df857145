using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Tests.Features.Access;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Delivery;

/// Editors see what became of a send and recall it through the admin API; clerks and anonymous callers cannot.
public sealed class DeliveryAdminApiTests : BotTest
{
    private const string Digest = "broadcast-digest-2027-03";

    [Fact]
    public async Task List_AsEditor_ShowsTheContentsNewestFirstWithTheirCounts()
    {
        var (first, second, third) = (await Deliveries.ChannelAsync(bot), await Deliveries.ChannelAsync(bot, "kanal-2"), await Deliveries.ChannelAsync(bot, "kanal-3"));
        await Deliveries.SendAsync(bot, Deliveries.Content("consult-bk-2027-0041", "Ältere Nachricht"), first);
        bot.Clock.Advance(TimeSpan.FromMinutes(5));
        await Deliveries.SendAsync(bot, Deliveries.Content(Digest, "Digest März"), first, second, third);
        await Deliveries.RewriteAsync(bot, Digest, second, DeliveryState.Failed, "400 BadArgument");
        await Deliveries.RewriteAsync(bot, Digest, third, DeliveryState.Pending);

        var list = await GetJsonAsync("/admin/deliveries", BotApp.EditorObjectId);

        Assert.Equal(new[] { Digest, "consult-bk-2027-0041" }, list.AsArray().Select(r => r!["contentId"]!.GetValue<string>()));
        var digest = list[0]!;
        Assert.Equal((3, 1, 1, 1), (Count(digest, "total"), Count(digest, "delivered"), Count(digest, "pending"), Count(digest, "failed")));
        Assert.Equal("400 BadArgument", digest["failures"]![0]!["reason"]!.GetValue<string>());
        Assert.Null(digest["timeToComplete"]); // one is still pending
    }

    [Fact]
    public async Task List_WithALimit_ReturnsThatManyNewest()
    {
        var channel = await Deliveries.ChannelAsync(bot);
        foreach (var n in new[] { 1, 2, 3 })
        {
            await Deliveries.SendAsync(bot, Deliveries.Content($"broadcast-event-{n}", $"Einladung {n}"), channel);
            bot.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var list = await GetJsonAsync("/admin/deliveries?limit=2", BotApp.AdminObjectId);

        Assert.Equal(new[] { "broadcast-event-3", "broadcast-event-2" }, list.AsArray().Select(r => r!["contentId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Report_OfASettledContent_SaysHowLongItTook()
    {
        var channel = await Deliveries.ChannelAsync(bot);
        var sent = await Deliveries.SendAsync(bot, Deliveries.Content(Digest, "Digest März"), channel);
        await Deliveries.CompleteAsync(bot, Digest, sent.CreatedUtc + TimeSpan.FromSeconds(252));

        var report = await GetJsonAsync($"/admin/deliveries/{Digest}", BotApp.EditorObjectId);

        Assert.Equal("00:04:12", report["timeToComplete"]!.GetValue<string>());
        Assert.Equal(1, Count(report, "delivered"));
    }

    [Fact]
    public async Task Report_OfAnUnknownContent_Is404Problem()
    {
        var response = await bot.AdminAsync(HttpMethod.Get, "/admin/deliveries/no-such-content", BotApp.EditorObjectId);

        await AdminAuthTests.AssertProblemAsync(response, HttpStatusCode.NotFound, "no-such-content");
    }

    [Fact]
    public async Task Report_AsAClerk_Is403AndAnonymous401()
    {
        var clerk = await bot.AdminAsync(HttpMethod.Get, "/admin/deliveries", Deliveries.Clerk);
        var anonymous = await bot.Http.GetAsync("/admin/deliveries");

        await AdminAuthTests.AssertProblemAsync(clerk, HttpStatusCode.Forbidden, "'ViewDeliveries'");
        await AdminAuthTests.AssertProblemAsync(anonymous, HttpStatusCode.Unauthorized, "bearer token");
    }

    [Fact]
    public async Task Recall_Replace_Is202WithWhatTheSenderWillDoAndTheReportSaysRecalled()
    {
        var (first, second) = (await Deliveries.ChannelAsync(bot), await Deliveries.ChannelAsync(bot, "kanal-2"));
        await Deliveries.SendAsync(bot, Deliveries.Content(Digest, "Digest März"), first, second);
        await Deliveries.RewriteAsync(bot, Digest, second, DeliveryState.Pending);

        var response = await RecallAsync(Digest, """{"mode":"replace"}""", BotApp.EditorObjectId);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal((1, 1), (Count(accepted, "posted"), Count(accepted, "notYetSent")));
        Assert.Equal(RecallMode.Replace, (await Deliveries.StoredAsync(bot, Digest))!.Recalled);
        Assert.True((await GetJsonAsync($"/admin/deliveries/{Digest}", BotApp.EditorObjectId))["recalled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Recall_Twice_Is409AndKeepsTheFirstMode()
    {
        var channel = await Deliveries.ChannelAsync(bot);
        await Deliveries.SendAsync(bot, Deliveries.Content(Digest, "Digest März"), channel);
        await RecallAsync(Digest, """{"mode":"delete"}""", BotApp.EditorObjectId);

        var again = await RecallAsync(Digest, """{"mode":"replace"}""", BotApp.EditorObjectId);

        await AdminAuthTests.AssertProblemAsync(again, HttpStatusCode.Conflict, "recalled already");
        Assert.Equal(RecallMode.Delete, (await Deliveries.StoredAsync(bot, Digest))!.Recalled);
    }

    [Theory]
    [InlineData("""{"mode":"archive"}""")]
    [InlineData("""{"mode":1}""")]
    [InlineData("""{}""")]
    [InlineData("""mode=replace""")]
    [InlineData("")]
    public async Task Recall_WithoutAModeItKnows_Is400AndRecallsNothing(string body)
    {
        var channel = await Deliveries.ChannelAsync(bot);
        await Deliveries.SendAsync(bot, Deliveries.Content(Digest, "Digest März"), channel);

        var response = await RecallAsync(Digest, body, BotApp.EditorObjectId);

        await AdminAuthTests.AssertProblemAsync(response, HttpStatusCode.BadRequest, "\"replace\"");
        Assert.Null((await Deliveries.StoredAsync(bot, Digest))!.Recalled);
    }

    [Fact]
    public async Task Recall_OfAnUnknownContent_Is404()
    {
        var response = await RecallAsync("no-such-content", """{"mode":"replace"}""", BotApp.EditorObjectId);

        await AdminAuthTests.AssertProblemAsync(response, HttpStatusCode.NotFound, "no-such-content");
    }

    [Fact]
    public async Task Recall_AsAClerk_Is403AndRecallsNothing()
    {
        var channel = await Deliveries.ChannelAsync(bot);
        await Deliveries.SendAsync(bot, Deliveries.Content(Digest, "Digest März"), channel);

        var response = await RecallAsync(Digest, """{"mode":"delete"}""", Deliveries.Clerk);

        await AdminAuthTests.AssertProblemAsync(response, HttpStatusCode.Forbidden, "'Publish'");
        Assert.Null((await Deliveries.StoredAsync(bot, Digest))!.Recalled);
    }

    private static int Count(JsonNode node, string name) => node[name]!.GetValue<int>();

    private async Task<JsonNode> GetJsonAsync(string path, string objectId)
    {
        var response = await bot.AdminAsync(HttpMethod.Get, path, objectId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private async Task<HttpResponseMessage> RecallAsync(string contentId, string body, string objectId)
    {
        var token = bot.Channel.CreateAdminToken(BotApp.AllowedTenant, objectId, "api://" + bot.AppId, bot.Clock.GetUtcNow());
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/admin/deliveries/{contentId}/recall")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await bot.Http.SendAsync(request);
    }
}
