using System.Net;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Broadcast;
using KommunalBot.Bot.Tests.TestHost;
using static KommunalBot.Bot.Tests.Features.Broadcast.BroadcastFixture;

namespace KommunalBot.Bot.Tests.Features.Broadcast;

/// `ankündigung` and `digest` for editors, behind the send preview, and the announcements' admin API.
public sealed class AnnouncementTests : BotTest
{
    private const string OtherChannel = "19:channel-bauen@thread.tacv2";
    private const string NrwChannel = "19:channel-koeln@thread.tacv2";

    protected override Dictionary<string, string?> Settings => BroadcastFixture.Settings();

    private ActivityBuilder Editor => bot.Activity().From("29:" + BotApp.EditorObjectId, BotApp.EditorObjectId, "Eva Redakteurin");

    private ActivityBuilder NrwEditorSays => bot.Activity().InTenant(NrwTenant).From("29:" + NrwEditor, NrwEditor, "Nils Redakteur");

    [Fact]
    public async Task Ankuendigung_PreviewCountsChannelsAndOrganisations_AndPressingSendTwiceSendsOnce()
    {
        await SubscribeThreeAsync();
        await bot.SendAsync(Editor.Message("ankündigung"));
        Assert.Contains("Ankündigung an abonnierte Kanäle", Text(bot.Channel.Messages[^1].Card));

        var preview = await InvokeAsync(await bot.SendAsync(Editor.Execute(AnnouncementPreviewActionData.Verb, Form("alle"))));
        Assert.Contains("An 3 Kanäle in 2 Organisationen senden?", Text(preview));
        Assert.Empty(PostsIn(bot, Channel)); // a preview sends nothing

        var send = Editor.Execute(AnnouncementSendActionData.Verb, new JsonObject { ["id"] = PreviewId(preview) });
        var first = Text(await InvokeAsync(await bot.SendAsync(send)));
        send["id"] = "f:" + Guid.NewGuid(); // a second press is a new activity
        var second = Text(await InvokeAsync(await bot.SendAsync(send)));
        await UntilAsync(bot, () => new[] { Channel, OtherChannel, NrwChannel }.All(c => PostsIn(bot, c).Count > 0));

        Assert.Contains("Gesendet an 3 Kanäle in 2 Organisationen", first);
        Assert.Contains("Diese Ankündigung ist schon gesendet.", second);
        Assert.All(new[] { Channel, OtherChannel, NrwChannel }, c => Assert.Contains("Neue Version der Bezahlkomponente", Text(Assert.Single(PostsIn(bot, c)).Card)));
    }

    [Fact]
    public async Task AnEditorLimitedToNrw_CannotAnnounceToBayern_ButToNrw()
    {
        await SubscribeThreeAsync();

        var refused = Text(await InvokeAsync(await bot.SendAsync(NrwEditorSays.Execute(AnnouncementPreviewActionData.Verb, Form("Bayern")))));
        var allowed = Text(await InvokeAsync(await bot.SendAsync(NrwEditorSays.Execute(AnnouncementPreviewActionData.Verb, Form("NRW")))));
        var api = await AdminAsync(bot, HttpMethod.Post, "/admin/broadcast/announcements", NrwEditor, Body("Bayern"));

        Assert.Contains("Sie senden nur für NRW", refused);
        Assert.DoesNotContain("senden?", refused);
        Assert.Contains("An 1 Kanäle in 1 Organisationen senden?", allowed); // Köln's channel only, not Bavaria's "alle"
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
    }

    [Fact]
    public async Task AMember_MayNotAnnounce_NorSendDigests()
    {
        await bot.SendAsync(bot.Activity().Message("ankündigung"));
        Assert.Contains("nur Redakteurinnen und Redakteure", bot.Channel.Messages[^1].Text);
        await bot.SendAsync(bot.Activity().Message("digest"));
        Assert.Contains("nur Redakteurinnen und Redakteure", bot.Channel.Messages[^1].Text);
    }

    [Fact]
    public async Task AdminApi_CreatesWithTheAudience_SendsOnSend_ReportsIt_AndDeliveryRecallsIt()
    {
        await SubscribeThreeAsync();

        var created = await Json(await AdminAsync(bot, HttpMethod.Post, "/admin/broadcast/announcements", BotApp.EditorObjectId, Body("alle")), HttpStatusCode.Created);
        var id = created["id"]!.GetValue<string>();
        Assert.Equal((3, 2, "Draft"), (created["channels"]!.GetValue<int>(), created["organisations"]!.GetValue<int>(), created["status"]!.GetValue<string>()));
        Assert.Empty(PostsIn(bot, Channel));

        await Json(await AdminAsync(bot, HttpMethod.Post, $"/admin/broadcast/announcements/{id}/send", BotApp.EditorObjectId), HttpStatusCode.Accepted);
        await Delivery.DeliveryFixture.SettledAsync(bot, Announcement.ContentIdOf(id));
        var read = await Json(await AdminAsync(bot, HttpMethod.Get, $"/admin/broadcast/announcements/{id}", BotApp.EditorObjectId), HttpStatusCode.OK);
        Assert.Equal(("Sent", 3), (read["status"]!.GetValue<string>(), read["report"]!["delivered"]!.GetValue<int>()));
        Assert.Equal($"/admin/deliveries/broadcast-news-{id}/recall", read["recall"]!.GetValue<string>());

        var recall = await AdminAsync(bot, HttpMethod.Post, read["recall"]!.GetValue<string>(), BotApp.EditorObjectId, new JsonObject { ["mode"] = "replace" });
        Assert.Equal(HttpStatusCode.Accepted, recall.StatusCode);
        await UntilAsync(bot, () => bot.Channel.ConnectorCalls.Count(c => c.Method == "PUT") >= 3);
        Assert.All(bot.Channel.ConnectorCalls.Where(c => c.Method == "PUT"), put => Assert.Contains("zurückgezogen", Text(put.Card)));
    }

    [Fact]
    public async Task AdminApi_WithSendAt_WaitsForIt_ThenTheJobSendsIt()
    {
        await SubscribeAsync(bot);
        var sendAt = bot.Clock.GetUtcNow() + TimeSpan.FromHours(1);
        var body = Body("alle");
        body["sendAt"] = sendAt.ToString("O");
        var id = (await Json(await AdminAsync(bot, HttpMethod.Post, "/admin/broadcast/announcements", BotApp.EditorObjectId, body), HttpStatusCode.Created))["id"]!.GetValue<string>();

        var scheduled = await Json(await AdminAsync(bot, HttpMethod.Post, $"/admin/broadcast/announcements/{id}/send", BotApp.EditorObjectId), HttpStatusCode.Accepted);
        Assert.Equal("Scheduled", scheduled["status"]!.GetValue<string>());
        await RunClockToAsync(bot, sendAt - TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10));
        Assert.Empty(PostsIn(bot, Channel));

        await UntilAsync(bot, () => PostsIn(bot, Channel).Count > 0);
        Assert.InRange(Assert.Single(PostsIn(bot, Channel)).At, sendAt, sendAt + TimeSpan.FromMinutes(2));
    }

    [Fact]
    public async Task Digest_Now_SendsEachChannelItsNews_AndASecondPressNothing()
    {
        await SubscribeAsync(bot);
        await SubscribeAsync(bot, NrwChannel, NrwTenant, region: "NRW");
        bot.Clock.Advance(TimeSpan.FromSeconds(2));
        var published = bot.Clock.GetUtcNow(); // after the subscriptions' start
        await AddItemAsync(bot, "bayern", published, region: "Bayern");
        await AddItemAsync(bot, "koeln", published, region: "Köln");
        bot.Clock.Advance(TimeSpan.FromSeconds(2));

        await bot.SendAsync(Editor.Message("digest"));
        var preview = bot.Channel.Messages[^1].Card;
        Assert.Contains("An 2 Kanäle in 2 Organisationen senden?", Text(preview));
        var send = Editor.Execute(DigestSendActionData.Verb, new JsonObject { ["id"] = PreviewId(preview) });
        var first = Text(await InvokeAsync(await bot.SendAsync(send)));
        var second = Text(await InvokeAsync(await bot.SendAsync(Editor.Execute(DigestSendActionData.Verb, new JsonObject { ["id"] = PreviewId(preview) }))));
        await UntilAsync(bot, () => PostsIn(bot, Channel).Count > 0 && PostsIn(bot, NrwChannel).Count > 0);

        Assert.Contains("Gesendet: 2 Digests an 2 Kanäle.", first);
        Assert.Contains("Nichts gesendet", second);
        var bayern = Text(Assert.Single(PostsIn(bot, Channel)).Card);
        var koeln = Text(Assert.Single(PostsIn(bot, NrwChannel)).Card);
        Assert.Contains("Titel koeln", bayern); // "alle" takes every region
        Assert.DoesNotContain("Titel bayern", koeln);
    }

    [Fact]
    public async Task AdminApi_SubscriptionCounts_ByTenantAndRegion_WithoutConversations()
    {
        await SubscribeThreeAsync();

        var counts = await Json(await AdminAsync(bot, HttpMethod.Get, "/admin/broadcast/subscriptions", BotApp.EditorObjectId), HttpStatusCode.OK);

        Assert.Equal((3, 2), (counts["total"]!.GetValue<int>(), counts["organisations"]!.GetValue<int>()));
        Assert.Contains("\"label\":\"Stadt Köln\",\"count\":1", Text(counts));
        Assert.DoesNotContain("19:", Text(counts));
    }

    private async Task SubscribeThreeAsync()
    {
        await SubscribeAsync(bot);
        await SubscribeAsync(bot, OtherChannel, region: "Bayern");
        await SubscribeAsync(bot, NrwChannel, NrwTenant);
    }

    private static JsonObject Form(string region) => new()
    {
        ["title"] = "Neue Version der Bezahlkomponente",
        ["text"] = "Ab Mai gilt die neue Schnittstelle.",
        ["link"] = "https://www.baykommun.bayern/news/epaybl",
        ["topics"] = "",
        ["region"] = region,
    };

    private static JsonObject Body(string region) => new()
    {
        ["title"] = "Neue Version der Bezahlkomponente",
        ["text"] = "Ab Mai gilt die neue Schnittstelle.",
        ["region"] = region,
    };

    private static async Task<JsonNode> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }
}
