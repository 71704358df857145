using System.Net;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Consult;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Consult;

/// DSGVO for consulting requests: access and erasure for a clerk and for an advisor, and the retention period.
public sealed class ConsultPrivacyTests : ClerkTest
{
    [Fact]
    public async Task Export_GivesTheClerkTheirWholeRequest_AndTheAdvisorOnlyTheirOwnEntries()
    {
        var id = await RequestAsync(description: "Wohngeld in Kleinquäppenried: Anträge erreichen OK.FIS nicht, bitte Rückruf.");
        await Service.MoveAsync(id, Advisor, ConsultActionKind.Answer, CancellationToken.None, detail: "Bitte prüfen Sie den DVDV-Eintrag.");

        var clerk = (await ExportAsync(ActivityBuilder.UserAadObjectId))["consultRequests"]!.AsArray();
        var advisor = (await ExportAsync(AdvisorObjectId))["consultRequests"]!.AsArray();

        var own = Assert.Single(clerk)!;
        Assert.Equal("requester", own["role"]!.GetValue<string>());
        Assert.Contains("Kleinquäppenried", Text(own));
        Assert.Contains("Bitte prüfen Sie den DVDV-Eintrag.", Text(own));
        var acted = Assert.Single(advisor)!;
        Assert.Equal(("advisor", id), (acted["role"]!.GetValue<string>(), acted["id"]!.GetValue<string>()));
        Assert.Contains("Bitte prüfen Sie den DVDV-Eintrag.", Text(acted));
        Assert.DoesNotContain("Kleinquäppenried", Text(acted));
    }

    [Fact]
    public async Task Erasure_OfTheClerk_DeletesTheirRequestsWithTheirIndexEntries_AndLeavesOthers()
    {
        var own = await RequestAsync(description: "Wohngeld in Kleinquäppenried: Anträge erreichen OK.FIS nicht, bitte Rückruf.");
        await Service.MoveAsync(own, Advisor, ConsultActionKind.Answer, CancellationToken.None, detail: "Bitte prüfen Sie den DVDV-Eintrag.");
        var other = await RequestAsync(bot.Activity().From("29:1-colleague", "c011ea90-0000-4000-8000-000000000002", "Max Kollege"));

        var deleted = await bot.AdminAsync(HttpMethod.Delete, "/admin/personal-data/" + ActivityBuilder.UserAadObjectId, BotApp.AdminObjectId);

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal([$"consult/request/{other}"], await KeysAsync("consult/request/"));
        Assert.DoesNotContain(await KeysAsync("consult/"), k => k.Contains(ActivityBuilder.UserAadObjectId, StringComparison.Ordinal));
        Assert.Empty(StoreFiles.Find(StoreFiles.Read(bot), ["Kleinquäppenried", "Erika Mustermann", ActivityBuilder.UserAadObjectId]));
    }

    [Fact]
    public async Task Erasure_OfTheAdvisor_AnonymisesThemInTheClerksRequest_WhichKeepsTheAnswer()
    {
        var id = await RequestAsync();
        await Service.MoveAsync(id, Advisor, ConsultActionKind.Claim, CancellationToken.None);
        await Service.MoveAsync(id, Advisor, ConsultActionKind.Answer, CancellationToken.None, detail: "Bitte prüfen Sie den DVDV-Eintrag.");

        await bot.AdminAsync(HttpMethod.Delete, "/admin/personal-data/" + AdvisorObjectId, BotApp.AdminObjectId);

        var request = await StoredAsync(id);
        Assert.Equal((ConsultPersonalData.ErasedObjectId, ConsultPersonalData.ErasedName), (request.Assignee, request.AssigneeName));
        var answer = request.History.Single(h => h.Kind == ConsultActionKind.Answer);
        Assert.Equal((ConsultPersonalData.ErasedObjectId, "gelöscht", "Bitte prüfen Sie den DVDV-Eintrag."), (answer.ActorObjectId, answer.ActorName, answer.Detail));
        Assert.Equal(("Erika Mustermann", ValidDescription), (request.RequesterName, request.Text));
        Assert.Empty(StoreFiles.Find(StoreFiles.Read(bot), ["Anna Beraterin", AdvisorObjectId]));
    }

    [Fact]
    public async Task Retention_DeletesRequestsClosedLongerThanTheRetentionAgo_AndKeepsOpenOnes()
    {
        var open = await RequestAsync();
        var withdrawn = await RequestAsync();
        var closed = await RequestAsync();
        await InvokeAsync(bot.Activity(), "consult.withdraw", new JsonObject { ["id"] = withdrawn });
        bot.Clock.AdjustTime(bot.Clock.GetUtcNow() + TimeSpan.FromDays(30)); // a month later, without firing its timers
        await Service.MoveAsync(closed, Advisor, ConsultActionKind.Close, CancellationToken.None, detail: "Erledigt.");
        var retention = bot.Services.GetRequiredService<ConsultRetention>();

        // 365 days (the default) after the withdrawal, without firing a year of daily job timers one by one.
        bot.Clock.AdjustTime(bot.Clock.GetUtcNow() + TimeSpan.FromDays(336));
        var first = await retention.PurgeAsync(CancellationToken.None);
        var firstKeys = await KeysAsync("consult/request/");
        bot.Clock.AdjustTime(bot.Clock.GetUtcNow() + TimeSpan.FromDays(30));
        var second = await retention.PurgeAsync(CancellationToken.None);

        Assert.Equal(1, first);
        Assert.Equal([$"consult/request/{open}", $"consult/request/{closed}"], firstKeys);
        Assert.Equal(1, second);
        Assert.Equal([$"consult/request/{open}"], await KeysAsync("consult/request/"));
        Assert.Single(await KeysAsync("consult/requester/"));
    }

    private async Task<JsonObject> ExportAsync(string objectId)
    {
        var response = await bot.AdminAsync(HttpMethod.Get, "/admin/personal-data/" + objectId, BotApp.AdminObjectId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
