using KommunalBot.Bot.Features.Consult;
using KommunalBot.Bot.Storage;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Consult;

/// Requests created and moved through the real bot's service and store (SQLite file), as the cards will do it.
public sealed class ConsultServiceTests : BotTest
{
    private const string AdvisorTenant = "baykommun-tenant";
    private static readonly string[] Advisors = Enumerable.Range(0, 100).Select(i => $"advisor-{i:000}").ToArray();

    protected override Dictionary<string, string?> Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>
            {
                ["Consult:Pools:0:Name"] = "baykommun",
                ["Consult:Pools:0:TenantId"] = AdvisorTenant,
                ["Consult:Pools:0:Lead"] = Advisors[0],
                ["Consult:Pools:1:Name"] = "nrw",
                ["Consult:Pools:1:TenantId"] = "dnrw-tenant",
                ["Consult:Pools:1:Members:0"] = "nrw-advisor-1",
                ["Consult:Pools:1:Members:1"] = "nrw-advisor-2",
                ["Consult:Pools:1:Strategy"] = "RoundRobin",
                ["Consult:Routes:0:Region"] = "NRW",
                ["Consult:Routes:0:Pool"] = "nrw",
                ["Consult:DefaultPool"] = "baykommun",
            };
            for (var i = 0; i < Advisors.Length; i++)
            {
                settings[$"Consult:Pools:0:Members:{i}"] = Advisors[i];
            }

            return settings;
        }
    }

    private ConsultService Service => bot.Services.GetRequiredService<ConsultService>();

    private static ConsultActor Clerk => new(BotApp.AllowedTenant, "clerk-erika", "Erika Mustermann");

    [Fact]
    public async Task Create_NumbersPerYear_RoutesByRegion_RoundRobinAssignsInTurn()
    {
        var first = await Service.CreateAsync(Intake("Bayern"), Clerk, CancellationToken.None);
        var second = await Service.CreateAsync(Intake("NRW"), Clerk, CancellationToken.None);
        var third = await Service.CreateAsync(Intake("NRW"), Clerk, CancellationToken.None);

        var year = TimeZoneInfo.ConvertTime(bot.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).Year;
        Assert.Equal([$"BK-{year}-0001", $"BK-{year}-0002", $"BK-{year}-0003"], new[] { first.Id, second.Id, third.Id });
        Assert.Equal(("baykommun", ConsultStatus.Neu, null), (first.Pool, first.Status, first.Assignee));
        Assert.Equal(("nrw", ConsultStatus.Zugewiesen, "nrw-advisor-1"), (second.Pool, second.Status, second.Assignee));
        Assert.Equal("nrw-advisor-2", third.Assignee);
    }

    [Fact]
    public async Task HundredSimultaneousClaims_LeaveExactlyOneAssignee_TheOthersLearnWhoHasIt()
    {
        var request = await Service.CreateAsync(Intake("Bayern"), Clerk, CancellationToken.None);

        var outcomes = await Task.WhenAll(Advisors.Select(advisor => Task.Run(() =>
            Service.MoveAsync(request.Id, new ConsultActor(AdvisorTenant, advisor, advisor), ConsultActionKind.Claim, CancellationToken.None))));

        var winner = Assert.Single(outcomes.OfType<MoveOutcome.Moved>());
        Assert.All(outcomes.OfType<MoveOutcome.Refused>(), refused =>
        {
            Assert.Equal(ConsultRefusal.AlreadyTaken, refused.Reason);
            Assert.Equal(winner.Request.Assignee, refused.Request.Assignee);
        });
        var stored = (await bot.Services.GetRequiredService<ConsultStore>().GetAsync(request.Id, CancellationToken.None))!.Request;
        Assert.Equal((ConsultStatus.Zugewiesen, winner.Request.Assignee), (stored.Status, stored.Assignee));
        Assert.Single(stored.History, h => h.Kind == ConsultActionKind.Claim);
    }

    [Fact]
    public async Task ForgedMove_ByAUserOfAnotherTenant_ChangesNothing_AndIsWrittenToTheHistory()
    {
        var request = await Service.CreateAsync(Intake("Bayern"), Clerk, CancellationToken.None);
        // An advisor's object id, but from the clerk's tenant: not the pool's member.
        var forger = new ConsultActor(BotApp.AllowedTenant, Advisors[1], "Mallory");

        var outcome = await Service.MoveAsync(request.Id, forger, ConsultActionKind.Close, CancellationToken.None, detail: "erledigt");

        Assert.Equal(ConsultRefusal.NotAllowed, Assert.IsType<MoveOutcome.Refused>(outcome).Reason);
        var stored = (await bot.Services.GetRequiredService<ConsultStore>().GetAsync(request.Id, CancellationToken.None))!.Request;
        Assert.Equal((ConsultStatus.Neu, null, null), (stored.Status, stored.Assignee, stored.Resolution));
        var noted = stored.History[^1];
        Assert.Equal((ConsultActionKind.Close, ConsultRefusal.NotAllowed, "Mallory"), (noted.Kind, noted.Refused, noted.ActorName));
    }

    [Fact]
    public async Task ClerkAndAdvisor_RunARequestFromAnswerToRating()
    {
        var request = await Service.CreateAsync(Intake("Bayern"), Clerk, CancellationToken.None);
        var anna = new ConsultActor(AdvisorTenant, Advisors[5], "Anna Beraterin");

        await Service.MoveAsync(request.Id, anna, ConsultActionKind.Answer, CancellationToken.None, detail: "Bitte nennen Sie Ihr Fachverfahren.");
        await Service.MoveAsync(request.Id, Clerk, ConsultActionKind.Reply, CancellationToken.None, detail: "OK.FIS");
        await Service.MoveAsync(request.Id, anna, ConsultActionKind.Close, CancellationToken.None, detail: "Über FIT-Connect anbinden.");
        var rated = await Service.MoveAsync(request.Id, Clerk, ConsultActionKind.Rate, CancellationToken.None, rating: 5);

        var done = Assert.IsType<MoveOutcome.Moved>(rated).Request;
        Assert.Equal((ConsultStatus.Geloest, Advisors[5], "Anna Beraterin", "Über FIT-Connect anbinden.", 5),
            (done.Status, done.Assignee, done.AssigneeName, done.Resolution, done.Rating));
        Assert.Equal(
            [ConsultActionKind.Create, ConsultActionKind.Answer, ConsultActionKind.Reply, ConsultActionKind.Close, ConsultActionKind.Rate],
            done.History.Select(h => h.Kind));
        var mine = new List<ConsultRequest>();
        await foreach (var own in bot.Services.GetRequiredService<ConsultStore>().ListByRequesterAsync(Clerk.TenantId, Clerk.ObjectId, CancellationToken.None))
        {
            mine.Add(own);
        }

        Assert.Equal(request.Id, Assert.Single(mine).Id);
        Assert.Empty(await KeysAsync("consult/open/")); // closed: no longer watched for its SLA
    }

    private async Task<List<string>> KeysAsync(string prefix)
    {
        var keys = new List<string>();
        await foreach (var document in bot.Services.GetRequiredService<IDocumentStore>().ListAsync(prefix, CancellationToken.None))
        {
            keys.Add(document.Key);
        }

        return keys;
    }

    private static ConsultIntake Intake(string region) => new(
        "Transportweg und Datenübermittlung", "Stadt Musterstadt", region, ConsultUrgency.Normal,
        "Wie binden wir den EfA-Dienst Wohngeld an unser Fachverfahren an?", "poststelle@musterstadt.de");
}
