using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Broadcast.Practice;
using KommunalBot.Bot.Tests.Features.Delivery;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Broadcast;

/// What the best-practice tests share: Erika (a member of Stadt Musterstadt, Bayern) submits in her 1:1 chat; an
/// admin binds the editors' channel; Eva and Bernd are editors, Nina an editor limited to NRW; Max a member who is
/// no editor. Everyone presses buttons the way Teams sends them.
public abstract class PracticeTest : BotTest
{
    protected const string Bernd = "be00be00-0000-4000-8000-0000000000b2";
    protected const string Nina = "a1a00000-0000-4000-8000-0000000000a1";
    protected const string Max = "ma000000-0000-4000-8000-000000000003";
    protected const string SubmitterChat = ActivityBuilder.PersonalConversationId;

    protected const string Title = "Hundesteuer-Anmeldung vollständig online";
    protected const string Summary =
        "Seit März 2026 melden Bürgerinnen und Bürger in Musterstadt ihren Hund online an; der Antrag geht über FIT-Connect "
        + "direkt in das Steuerverfahren der Kämmerei. Die Bearbeitungszeit der Hundesteuer sank von drei Wochen auf zwei Tage.";

    protected override Dictionary<string, string?> Settings => new()
    {
        ["Access:Roles:2:Role"] = "Editor",
        ["Access:Roles:2:ObjectId"] = Bernd,
        ["Access:Roles:3:Role"] = "Editor",
        ["Access:Roles:3:ObjectId"] = Nina,
        ["Broadcast:EditorAudiences:0:ObjectId"] = Nina,
        ["Broadcast:EditorAudiences:0:Regions:0"] = "NRW",
    };

    protected ActivityBuilder Submitter => bot.Activity();

    protected ActivityBuilder Eva => InEditorChannel("29:1-eva", BotApp.EditorObjectId, "Eva Redakteurin");

    protected ActivityBuilder InEditorChannel(string userId, string objectId, string name) => bot.Activity().From(userId, objectId, name).InChannel();

    /// The form's inputs as Teams sends them with "Einreichen" (every input as text), valid unless changed.
    protected static JsonObject ValidInput(string? id = null) => new()
    {
        ["id"] = id,
        ["title"] = Title,
        ["organisation"] = "Stadt Musterstadt",
        ["summary"] = Summary,
        ["topics"] = "Familie & Kind,Bauen & Wohnen",
        ["region"] = "Oberbayern",
        ["contact"] = "digitalisierung@musterstadt.de",
        ["links"] = "https://musterstadt.sharepoint.com/sites/digital/Hundesteuer.pdf",
        ["consent"] = "true",
    };

    /// `hier redaktion` by the admin in a team channel.
    protected async Task BindEditorsAsync() =>
        await bot.SendAsync(bot.Activity().From("29:1-admin", BotApp.AdminObjectId, "Sabine Keller").InChannel().MentionMessage("hier redaktion"));

    /// Sends an invoke and returns its response body's `value`: a card, or a message text.
    protected async Task<JsonNode> InvokeAsync(ActivityBuilder from, string verb, JsonObject data)
    {
        using var response = await bot.SendAsync(from.Execute(verb, data));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!;
    }

    /// Erika submits a valid form; the id from the confirmation card.
    protected async Task<string> SubmitAsync(JsonObject? input = null)
    {
        var card = await InvokeAsync(Submitter, PracticeSubmitActionData.Verb, input ?? ValidInput());
        var id = card["body"]![1]!["facts"]![0]!["value"]!.GetValue<string>();
        Assert.StartsWith("BP-", id, StringComparison.Ordinal);
        return id;
    }

    /// Runs the clock until Delivery posted the round's review card into the editors' channel; that card.
    protected async Task<JsonObject> ReviewCardAsync(string id, int round = 1)
    {
        await DeliveryFixture.SettledAsync(bot, PracticeCards.ContentId(id, round));
        var post = bot.Channel.ConnectorCalls.Last(c => c.Method == "POST" && c.ConversationId == ActivityBuilder.ChannelId
            && c.Body?["summary"]?.GetValue<string>().Contains(id, StringComparison.Ordinal) == true);
        return post.Card!;
    }

    /// Presses a decision button of a review card (with the note typed into its field), as Teams sends it.
    protected Task<JsonNode> PressAsync(ActivityBuilder who, JsonObject card, string decision, string? note = null)
    {
        var data = Button(card, decision);
        if (note is not null)
        {
            data["note"] = note;
        }

        return InvokeAsync(who, PracticeDecisionActionData.Verb, data);
    }

    /// The data of the review card's button for <paramref name="decision"/> (`publish`, `revise`, `reject`).
    protected static JsonObject Button(JsonNode card, string decision) =>
        Buttons(card).First(b => (string?)b["verb"] == PracticeDecisionActionData.Verb && (string?)b["data"]!["decision"] == decision)["data"]!.DeepClone().AsObject();

    private protected async Task<Submission> StoredAsync(string id) =>
        (await bot.Services.GetRequiredService<SubmissionStore>().GetAsync(id, CancellationToken.None))!.Submission;

    /// Runs the clock until Delivery posted the outcome into Erika's 1:1 chat; that post.
    protected async Task<RecordedCall> NoticeAsync(string id, int round)
    {
        await DeliveryFixture.SettledAsync(bot, PracticeNotices.ContentPrefix(id) + round);
        return bot.Channel.ConnectorCalls.Last(c => c.Method == "POST" && c.ConversationId == SubmitterChat && c.Body?["summary"] is not null);
    }

    /// The admin API as <paramref name="objectId"/> of the allowed tenant, with a JSON body.
    protected async Task<HttpResponseMessage> ApiAsync(HttpMethod method, string path, string objectId, JsonObject? body = null)
    {
        var token = bot.Channel.CreateAdminToken(BotApp.AllowedTenant, objectId, "api://" + bot.AppId, bot.Clock.GetUtcNow());
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        return await bot.Http.SendAsync(request);
    }

    /// JSON as a reader sees it (umlauts not escaped), to search for texts.
    protected static string Readable(JsonNode? node) =>
        node?.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? string.Empty;

    private static IEnumerable<JsonObject> Buttons(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] == "Action.Execute" => [o],
        JsonObject o => o.SelectMany(p => Buttons(p.Value)),
        JsonArray a => a.SelectMany(Buttons),
        _ => [],
    };
}
