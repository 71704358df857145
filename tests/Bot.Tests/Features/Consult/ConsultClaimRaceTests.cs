using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Consult;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Consult;

/// The concurrency rule through the Teams protocol: 100 advisors press "Übernehmen" on one request at the same
/// moment (100 signed invokes over HTTP at once); exactly one gets the request, every other one is told who has it.
public sealed class ConsultClaimRaceTests : BotTest
{
    private const string AdvisorTenant = "b4c0ffee-0000-4000-8000-0000000b4c01";
    private static readonly string[] Advisors = Enumerable.Range(0, 100).Select(i => $"a0000000-0000-4000-8000-{i:000000000000}").ToArray();

    protected override Dictionary<string, string?> Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>
            {
                ["Access:Tenants:1:TenantId"] = AdvisorTenant,
                ["Access:Tenants:1:Organisation"] = "BayKommun",
                ["Consult:Pools:0:Name"] = "baykommun",
                ["Consult:Pools:0:TenantId"] = AdvisorTenant,
                ["Consult:DefaultPool"] = "baykommun",
            };
            for (var i = 0; i < Advisors.Length; i++)
            {
                settings[$"Consult:Pools:0:Members:{i}"] = Advisors[i];
            }

            return settings;
        }
    }

    [Fact]
    public async Task HundredAdvisorsClaimAtOnce_OverHttp_ExactlyOneGetsIt_TheOthersAreToldWho()
    {
        var request = await bot.Services.GetRequiredService<ConsultService>().CreateAsync(
            new ConsultIntake("Transportweg und Datenübermittlung", "Stadt Musterstadt", "Bayern", ConsultUrgency.Normal,
                "Wie binden wir den EfA-Dienst Wohngeld an unser Fachverfahren an?", null),
            new ConsultActor(BotApp.AllowedTenant, ActivityBuilder.UserAadObjectId, "Erika Mustermann"), CancellationToken.None);
        var invokes = Advisors.Select((advisor, i) => bot.Activity().InTenant(AdvisorTenant).From($"29:1-advisor-{i}", advisor, $"Beraterin {i}").InChannel()
            .Execute("consult.claim", new JsonObject { ["requestId"] = request.Id })).ToList();

        var responses = await Task.WhenAll(invokes.Select(async invoke =>
        {
            using var response = await bot.SendAsync(invoke);
            return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        }));

        var stored = (await bot.Services.GetRequiredService<ConsultStore>().GetAsync(request.Id, CancellationToken.None))!.Request;
        var winner = Array.IndexOf(Advisors, stored.Assignee);
        Assert.InRange(winner, 0, 99);
        Assert.Single(stored.History, h => h.Kind == ConsultActionKind.Claim);
        Assert.Single(responses, r => (string?)r["type"] == "application/vnd.microsoft.card.adaptive"); // the winner's updated card
        var told = responses.Where(r => (string?)r["type"] == "application/vnd.microsoft.activity.message").Select(r => r["value"]!.GetValue<string>()).ToList();
        Assert.Equal(99, told.Count);
        Assert.All(told, message => Assert.Contains($"Beraterin {winner}", message, StringComparison.Ordinal));
    }
}
