using System.Net;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Broadcast.Practice;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Broadcast;

/// `/admin/broadcast/submissions`: editors list, read and decide over HTTP, with the same checks as the card.
public sealed class PracticeAdminApiTests : PracticeTest
{
    private const string Path = "/admin/broadcast/submissions";

    [Fact]
    public async Task ListAndGet_ShowThePendingSubmission_ToEditorsOnly()
    {
        var id = await SubmitAsync();

        var pending = JsonNode.Parse(await (await ApiAsync(HttpMethod.Get, Path + "?state=pending", BotApp.EditorObjectId)).Content.ReadAsStringAsync())!.AsArray();
        var published = JsonNode.Parse(await (await ApiAsync(HttpMethod.Get, Path + "?state=published", BotApp.EditorObjectId)).Content.ReadAsStringAsync())!.AsArray();
        var one = JsonNode.Parse(await (await ApiAsync(HttpMethod.Get, $"{Path}/{id}", BotApp.EditorObjectId)).Content.ReadAsStringAsync())!;

        Assert.Equal(id, Assert.Single(pending)!["id"]!.GetValue<string>());
        Assert.Empty(published);
        Assert.Equal((Title, "Pending", "digitalisierung@musterstadt.de"), (one["title"]!.GetValue<string>(), one["state"]!.GetValue<string>(), one["contact"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Forbidden, (await ApiAsync(HttpMethod.Get, Path, Max)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bot.Http.GetAsync(Path)).StatusCode);
    }

    [Fact]
    public async Task BadInput_IsAProblem_400_404()
    {
        var id = await SubmitAsync();

        var badState = await ApiAsync(HttpMethod.Get, Path + "?state=offen", BotApp.EditorObjectId);
        var unknown = await ApiAsync(HttpMethod.Get, Path + "/BP-1999-0001", BotApp.EditorObjectId);
        var badDecision = await ApiAsync(HttpMethod.Post, $"{Path}/{id}/decision", BotApp.EditorObjectId, new JsonObject { ["decision"] = "vielleicht" });
        var noReason = await ApiAsync(HttpMethod.Post, $"{Path}/{id}/decision", BotApp.EditorObjectId, new JsonObject { ["decision"] = "reject" });
        var longNote = await ApiAsync(HttpMethod.Post, $"{Path}/{id}/decision", BotApp.EditorObjectId, new JsonObject { ["decision"] = "reject", ["note"] = new string('x', 2001) });

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest),
            (badState.StatusCode, unknown.StatusCode, badDecision.StatusCode, noReason.StatusCode));
        Assert.Equal(HttpStatusCode.BadRequest, longNote.StatusCode);
        Assert.Equal("application/problem+json", noReason.Content.Headers.ContentType?.MediaType);
        Assert.Contains("needs a note", await noReason.Content.ReadAsStringAsync());
        Assert.Equal(SubmissionState.Pending, (await StoredAsync(id)).State);
    }

    [Fact]
    public async Task Decision_Publishes_ThenASecondDecisionIs409_NamingWhoDecided()
    {
        await BindEditorsAsync();
        var id = await SubmitAsync();
        await ReviewCardAsync(id);

        var published = await ApiAsync(HttpMethod.Post, $"{Path}/{id}/decision", BotApp.EditorObjectId, new JsonObject { ["decision"] = "publish" });
        var again = await ApiAsync(HttpMethod.Post, $"{Path}/{id}/decision", Bernd, new JsonObject { ["decision"] = "reject", ["note"] = "Doch nicht." });

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("Published", JsonNode.Parse(await published.Content.ReadAsStringAsync())!["state"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains($"decided by {BotApp.EditorObjectId}", await again.Content.ReadAsStringAsync());
        Assert.Contains("ist freigegeben", (await NoticeAsync(id, 1)).Text);
        await Delivery.DeliveryFixture.UntilAsync(bot, () => bot.Channel.ConnectorCalls.Any(c => c.Method == "PUT" && Readable(c.Card).Contains("Freigegeben von")));
    }

    [Fact]
    public async Task Decision_ByAnEditorLimitedToNrw_OnABavarianSubmission_Is403()
    {
        var id = await SubmitAsync();

        var refused = await ApiAsync(HttpMethod.Post, $"{Path}/{id}/decision", Nina, new JsonObject { ["decision"] = "publish" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(SubmissionState.Pending, (await StoredAsync(id)).State);
    }
}
