using System.Net;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Consult;
using KommunalBot.Bot.Storage;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Consult;

/// A bot with one advisor pool (in BayKommun's tenant) and a second municipality on the allow-list, and what a clerk
/// does in Teams: open the form, fill it in, press buttons. Advisors act through the service (their cards are not
/// the clerk's).
public abstract class ClerkTest : BotTest
{
    protected const string AdvisorTenant = "b0b0b0b0-1111-4222-8333-444455556666";
    protected const string OtherTenant = "c0c0c0c0-1111-4222-8333-444455556666";
    protected const string AdvisorObjectId = "ad0150e1-0000-4000-8000-000000000001";
    protected const string ValidDescription = "Wie binden wir den EfA-Dienst Wohngeld an unser Fachverfahren OK.FIS an?";

    protected override Dictionary<string, string?> Settings => new()
    {
        ["Access:Tenants:1:TenantId"] = AdvisorTenant,
        ["Access:Tenants:1:Organisation"] = "BayKommun",
        ["Access:Tenants:2:TenantId"] = OtherTenant,
        ["Access:Tenants:2:Organisation"] = "Markt Anderswo",
        ["Consult:Pools:0:Name"] = "baykommun",
        ["Consult:Pools:0:TenantId"] = AdvisorTenant,
        ["Consult:Pools:0:Members:0"] = AdvisorObjectId,
        ["Consult:DefaultPool"] = "baykommun",
    };

    private protected ConsultService Service => bot.Services.GetRequiredService<ConsultService>();

    private protected static ConsultActor Advisor => new(AdvisorTenant, AdvisorObjectId, "Anna Beraterin");

    protected static string Year(BotApp bot) =>
        TimeZoneInfo.ConvertTime(bot.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// The form's inputs as Teams sends them with "Anfrage senden" (every input as text), valid unless changed.
    protected static JsonObject ValidInput(string description = ValidDescription) => new()
    {
        ["topic"] = "Fachverfahren und Schnittstellen",
        ["organisation"] = "Stadt Musterstadt",
        ["region"] = "Oberbayern",
        ["description"] = description,
        ["urgency"] = "Normal",
        ["contact"] = "",
        ["consent"] = "true",
    };

    /// Sends an invoke and returns its response body's `value`: a card, or a message text.
    protected async Task<JsonNode> InvokeAsync(ActivityBuilder from, string verb, JsonObject data)
    {
        using var response = await bot.SendAsync(from.Execute(verb, data));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!;
    }

    /// A request made by the default clerk (Erika) through the form; its id.
    protected async Task<string> RequestAsync(ActivityBuilder? from = null, string description = ValidDescription)
    {
        var card = await InvokeAsync(from ?? bot.Activity(), "consult.submit", ValidInput(description));
        return Assert.IsType<JsonObject>(card)["body"]!.AsArray()[1]!["facts"]![0]!["value"]!.GetValue<string>();
    }

    private protected async Task<ConsultRequest> StoredAsync(string id) =>
        (await bot.Services.GetRequiredService<ConsultStore>().GetAsync(id, CancellationToken.None))!.Request;

    protected async Task<List<string>> KeysAsync(string prefix)
    {
        var keys = new List<string>();
        await foreach (var document in bot.Services.GetRequiredService<IDocumentStore>().ListAsync(prefix, CancellationToken.None))
        {
            keys.Add(document.Key);
        }

        return keys;
    }

    /// The JSON as a reader sees it (umlauts not escaped), to search for texts.
    protected static string Text(JsonNode node) => node.ToJsonString(Readable);

    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// The data of the first button with this verb in a card (Action.Execute, as Teams sends it back).
    protected static JsonObject ButtonData(JsonNode card, string verb) => CardButtons.Data(card, verb);
}
