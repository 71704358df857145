using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Consult;
using KommunalBot.Bot.Tests.Features.Delivery;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Consult;

/// What the advisors' tests share: BayKommun's tenant next to the clerk's, a pool of three advisors Teams knows by
/// name, an admin, and the clerk's requests created through the service (the request form is the intake's).
public abstract class AdvisorTest : BotTest, IAsyncLifetime
{
    protected const string AdvisorTenant = "b4c0ffee-0000-4000-8000-0000000b4c01";
    protected const string Anna = "a1a1a1a1-0000-4000-8000-00000000a001";
    protected const string Bernd = "b1b1b1b1-0000-4000-8000-00000000b001";
    protected const string Carla = "c1c1c1c1-0000-4000-8000-00000000c001";
    protected const string Outsider = "d1d1d1d1-0000-4000-8000-00000000d001";

    protected override Dictionary<string, string?> Settings => new()
    {
        ["Access:Tenants:1:TenantId"] = AdvisorTenant,
        ["Access:Tenants:1:Organisation"] = "BayKommun",
        ["Access:Tenants:1:Region"] = "Bayern",
        ["Consult:Pools:0:Name"] = "baykommun",
        ["Consult:Pools:0:TenantId"] = AdvisorTenant,
        ["Consult:Pools:0:Members:0"] = Anna,
        ["Consult:Pools:0:Members:1"] = Bernd,
        ["Consult:Pools:0:Members:2"] = Carla,
        ["Consult:Pools:0:Lead"] = Anna,
        ["Consult:Pools:1:Name"] = "nrw",
        ["Consult:Pools:1:TenantId"] = "d0000000-0000-4000-8000-00000000d4e1",
        ["Consult:Pools:1:Members:0"] = "e1e1e1e1-0000-4000-8000-00000000e001",
        ["Consult:Routes:0:Region"] = "NRW",
        ["Consult:Routes:0:Pool"] = "nrw",
        ["Consult:DefaultPool"] = "baykommun",
    };

    protected static readonly Dictionary<string, string> Names = new()
    {
        [Anna] = "Anna Beraterin",
        [Bernd] = "Bernd Berater",
        [Carla] = "Carla Beraterin",
        [Outsider] = "Olaf Außen",
    };

    private protected ConsultStore Store => bot.Services.GetRequiredService<ConsultStore>();

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        foreach (var (objectId, name) in Names)
        {
            bot.Channel.Members[objectId] = new JsonObject { ["id"] = UserId(objectId), ["name"] = name, ["aadObjectId"] = objectId };
        }
    }

    protected static string UserId(string objectId) => "29:1-" + objectId[..8];

    /// Someone of BayKommun's tenant writing in (or pressing a button in) the advisors' channel.
    protected ActivityBuilder InAdvisorChannel(string objectId, string? name = null) =>
        bot.Activity().InTenant(AdvisorTenant).From(UserId(objectId), objectId, name ?? Names[objectId]).InChannel();

    protected ActivityBuilder Admin() =>
        bot.Activity().InTenant(AdvisorTenant).From("29:1-admin", BotApp.AdminObjectId, "Sabine Keller").InChannel();

    protected async Task<string> BindAsync(string pool = "baykommun")
    {
        await bot.SendAsync(Admin().MentionMessage("hier beraten " + pool));
        return bot.Channel.Messages.Last(m => m.Text is not null).Text!; // the open requests' cards may be posted first
    }

    private protected async Task<ConsultRequest> CreateAsync(string region = "Bayern") =>
        await bot.Services.GetRequiredService<ConsultService>().CreateAsync(
            new ConsultIntake("Transportweg und Datenübermittlung", "Stadt Musterstadt", region, ConsultUrgency.Normal,
                "Wie binden wir den EfA-Dienst Wohngeld an unser Fachverfahren an?", "poststelle@musterstadt.de"),
            new ConsultActor(BotApp.AllowedTenant, ActivityBuilder.UserAadObjectId, "Erika Mustermann"), CancellationToken.None);

    /// Runs the bot's clock until Delivery has posted the request's card, and returns that post (a new thread).
    protected async Task<RecordedCall> PostedCardAsync(string requestId)
    {
        await DeliveryFixture.SettledAsync(bot, AdvisorCards.ContentId(requestId));
        return Assert.Single(NewThreads(), c => c.Body!["summary"]!.GetValue<string>().Contains(requestId, StringComparison.Ordinal));
    }

    /// Posts into the advisors' channel itself (not into a thread of it): each starts a new thread.
    protected List<RecordedCall> NewThreads() =>
        bot.Channel.ConnectorCalls.Where(c => c.Method == "POST" && c.ConversationId == ActivityBuilder.ChannelId && c.Path.EndsWith("/activities", StringComparison.Ordinal)).ToList();

    /// An advisor's button press; the invoke response's body.
    protected async Task<JsonNode> PressAsync(ActivityBuilder who, string verb, string requestId, JsonObject? inputs = null)
    {
        var data = inputs ?? [];
        data["requestId"] = requestId;
        var response = await bot.SendAsync(who.Execute(verb, data));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    protected static string Message(JsonNode body)
    {
        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
        return body["value"]!.GetValue<string>();
    }

    protected static JsonObject Card(JsonNode body)
    {
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        return body["value"]!.AsObject();
    }

    /// The card's JSON with its German text as it reads (ToJsonString escapes every umlaut).
    protected static string Readable(JsonNode? card) =>
        card?.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? string.Empty;

    /// The verbs of the card's buttons (Action.Execute), its refresh left out.
    protected static List<string> Verbs(JsonNode card)
    {
        var copy = card.DeepClone().AsObject();
        copy.Remove("refresh");
        return [.. Find(copy).Distinct()];

        static IEnumerable<string> Find(JsonNode? node) => node switch
        {
            JsonObject o when (string?)o["type"] == "Action.Execute" => [(string)o["verb"]!],
            JsonObject o => o.SelectMany(p => Find(p.Value)),
            JsonArray a => a.SelectMany(Find),
            _ => [],
        };
    }

    private protected async Task<ConsultRequest> StoredAsync(string id) => (await Store.GetAsync(id, CancellationToken.None))!.Request;
}
