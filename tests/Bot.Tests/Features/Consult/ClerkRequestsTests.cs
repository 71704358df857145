using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Consult;

namespace KommunalBot.Bot.Tests.Features.Consult;

/// `meine anfragen` and its buttons: a clerk sees, adds to, withdraws and rates only their own requests.
public sealed class ClerkRequestsTests : ClerkTest
{
    private const string ColleagueObjectId = "c011ea90-0000-4000-8000-000000000002";

    private ActivityBuilder Colleague => bot.Activity().From("29:1-colleague", ColleagueObjectId, "Max Kollege");

    // Erika's object id, but in another municipality's tenant: another person.
    private ActivityBuilder Namesake => bot.Activity().InTenant(OtherTenant).From("29:1-namesake", ActivityBuilder.UserAadObjectId, "Erika Anders");

    [Fact]
    public async Task MeineAnfragen_ListsOnlyOwnRequests_NewestFirst()
    {
        var first = await RequestAsync();
        bot.Clock.Advance(TimeSpan.FromMinutes(5));
        await RequestAsync(Colleague);
        var second = await RequestAsync();

        await bot.SendAsync(bot.Activity().Message("meine anfragen"));
        await bot.SendAsync(Namesake.Message("meine anfragen"));

        var mine = bot.Channel.Messages[^2].CardJson;
        Assert.True(mine.IndexOf(second, StringComparison.Ordinal) is var at and >= 0 && at < mine.IndexOf(first, StringComparison.Ordinal), mine);
        Assert.DoesNotContain($"BK-{Year(bot)}-0002", mine); // the colleague's
        Assert.Contains(DateTimeNowBerlin(), mine);
        var theirs = bot.Channel.Messages[^1].CardJson;
        Assert.DoesNotContain("BK-", theirs);
        Assert.Contains("noch keine Beratung angefragt", theirs);
    }

    [Fact]
    public async Task Details_ShowTheHistoryAsTheClerkMaySeeIt_WithoutRefusedAttempts()
    {
        var id = await RequestAsync();
        await Service.MoveAsync(id, Advisor, ConsultActionKind.Answer, CancellationToken.None, detail: "Bitte nennen Sie Ihre Version von OK.FIS.");
        await InvokeAsync(Colleague, "consult.withdraw", new JsonObject { ["id"] = id }); // refused, written for the advisors

        var details = Text(await InvokeAsync(bot.Activity(), "consult.details", new JsonObject { ["id"] = id }));

        Assert.Contains("Bitte nennen Sie Ihre Version von OK.FIS.", details);
        Assert.Contains("Anna Beraterin", details);
        Assert.Contains("wartet auf Rückmeldung", details);
        Assert.DoesNotContain("Max Kollege", details);
    }

    [Fact]
    public async Task AddInfo_ReachesTheRequest_AndPutsAWaitingRequestBackToWork()
    {
        var id = await RequestAsync();
        await Service.MoveAsync(id, Advisor, ConsultActionKind.Answer, CancellationToken.None, detail: "Welche Version?");

        var card = await InvokeAsync(bot.Activity(), "consult.addinfo", new JsonObject { ["id"] = id, ["info"] = "OK.FIS 4.2" });

        Assert.Contains("Ihre Ergänzung ist bei der Beratung angekommen.", Text(card));
        Assert.Contains("OK.FIS 4.2", Text(card));
        var stored = await StoredAsync(id);
        Assert.Equal((ConsultStatus.InBearbeitung, ConsultActionKind.AddInfo, "OK.FIS 4.2"), (stored.Status, stored.History[^1].Kind, stored.History[^1].Detail));
    }

    [Fact]
    public async Task Withdraw_ClosesTheRequest_AndTheListSaysSo()
    {
        var id = await RequestAsync();

        var list = await InvokeAsync(bot.Activity(), "consult.withdraw", new JsonObject { ["id"] = id });

        Assert.Contains($"Ihre Anfrage {id} ist zurückgezogen.", Text(list));
        Assert.Contains("zurückgezogen ·", Text(list));
        Assert.Equal(ConsultStatus.Zurueckgezogen, (await StoredAsync(id)).Status);
        Assert.Empty(await KeysAsync("consult/open/"));
    }

    [Fact]
    public async Task Rate_AClosedRequest_IsStoredAndShownAsStars_AnOpenOneCannotBeRated()
    {
        var id = await RequestAsync();
        var early = await InvokeAsync(bot.Activity(), "consult.rate", new JsonObject { ["id"] = id, ["rating"] = 5 });
        await Service.MoveAsync(id, Advisor, ConsultActionKind.Close, CancellationToken.None, detail: "Über FIT-Connect anbinden.");

        var list = await InvokeAsync(bot.Activity(), "consult.rate", new JsonObject { ["id"] = id, ["rating"] = 4 });

        Assert.Equal("Bewerten können Sie eine Anfrage, sobald sie abgeschlossen ist.", early.GetValue<string>());
        Assert.Contains("★★★★☆", Text(list));
        Assert.Equal(4, (await StoredAsync(id)).Rating);
    }

    [Fact]
    public async Task ForgedActions_ByAColleagueOrAUserOfAnotherTenant_AreRefused_AndChangeNothing()
    {
        var id = await RequestAsync();
        var before = await StoredAsync(id);

        var withdraw = await InvokeAsync(Colleague, "consult.withdraw", new JsonObject { ["id"] = id });
        var info = await InvokeAsync(Namesake, "consult.addinfo", new JsonObject { ["id"] = id, ["info"] = "eingeschleust" });
        var details = await InvokeAsync(Namesake, "consult.details", new JsonObject { ["id"] = id });
        var unknown = await InvokeAsync(Colleague, "consult.details", new JsonObject { ["id"] = $"BK-{Year(bot)}-0999" });

        foreach (var refusal in new[] { withdraw, info, details, unknown })
        {
            Assert.Equal("Diese Anfrage finde ich unter Ihren Anfragen nicht. Mit „meine anfragen“ sehen Sie Ihre eigenen.", refusal.GetValue<string>());
        }

        var after = await StoredAsync(id);
        Assert.Equal((before.Status, before.Text), (after.Status, after.Text));
        Assert.Equal([ConsultActionKind.Withdraw, ConsultActionKind.AddInfo], after.History.Skip(before.History.Count).Select(h => h.Kind));
        Assert.All(after.History.Skip(before.History.Count), h => Assert.Equal(ConsultRefusal.NotAllowed, h.Refused));
        Assert.DoesNotContain(after.History, h => h.Detail == "eingeschleust");
    }

    [Fact]
    public async Task MeineAnfragen_InAChannel_ShowsNothing()
    {
        await RequestAsync();

        await bot.SendAsync(bot.Activity().InChannel().MentionMessage("meine anfragen"));

        var reply = bot.Channel.Messages[^1];
        Assert.Null(reply.Card);
        Assert.DoesNotContain("BK-", reply.Text);
    }

    private string DateTimeNowBerlin() =>
        TimeZoneInfo.ConvertTime(bot.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
