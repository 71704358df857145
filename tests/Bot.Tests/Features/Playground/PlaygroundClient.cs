using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace KommunalBot.Bot.Tests.Features.Playground;

/// Talks to the playground as the page's Web Chat does: session, Direct Line conversation, posts and polling.
internal sealed class PlaygroundClient(HttpClient http)
{
    private const string DirectLine = "/playground/directline/v3/directline";

    private readonly Dictionary<string, JsonObject> seen = [];
    private string token = string.Empty;
    private string watermark = "0";

    public string ConversationId { get; private set; } = string.Empty;

    public JsonObject Session { get; private set; } = [];

    public static async Task<PlaygroundClient> StartAsync(HttpClient http, string role)
    {
        var client = new PlaygroundClient(http);
        var session = await http.PostAsJsonAsync("/playground/session", new { role });
        Assert.Equal(HttpStatusCode.OK, session.StatusCode);
        client.Session = (await session.Content.ReadFromJsonAsync<JsonObject>())!;

        using var start = new HttpRequestMessage(HttpMethod.Post, DirectLine + "/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", (string)client.Session["token"]!);
        var conversation = await http.SendAsync(start);
        Assert.Equal(HttpStatusCode.Created, conversation.StatusCode);
        var body = (await conversation.Content.ReadFromJsonAsync<JsonObject>())!;
        client.ConversationId = (string)body["conversationId"]!;
        client.token = (string)body["token"]!;
        return client;
    }

    public Task<HttpResponseMessage> SayAsync(string text) =>
        PostAsync(new JsonObject { ["type"] = "message", ["text"] = text, ["channelData"] = new JsonObject { ["clientActivityID"] = Guid.NewGuid().ToString() } });

    /// Presses a button as Web Chat does with an Action.Submit: a message whose value is the action's data.
    public Task<HttpResponseMessage> PressAsync(JsonObject action) =>
        PostAsync(new JsonObject { ["type"] = "message", ["value"] = action["data"]!.DeepClone(), ["channelData"] = new JsonObject { ["postBack"] = true } });

    public async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{DirectLine}/conversations/{ConversationId}/activities")
        {
            Content = JsonContent.Create(activity),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request);
    }

    /// Polls once; returns the activities new since the last poll (an updated one comes again with its id).
    public async Task<List<JsonObject>> PollAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{DirectLine}/conversations/{ConversationId}/activities?watermark={watermark}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        watermark = (string)body["watermark"]!;
        var activities = body["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
        foreach (var activity in activities)
        {
            seen[(string)activity["id"]!] = activity;
        }

        return activities;
    }

    /// The cards the bot shows now, as Web Chat would show them (updates applied), oldest first.
    public List<(string Id, JsonObject Card)> BotCards() =>
        seen.Values.Where(a => (string?)a["from"]?["role"] == "bot" && a["attachments"] is JsonArray { Count: > 0 })
            .Select(a => ((string)a["id"]!, a["attachments"]![0]!["content"]!.AsObject())).ToList();

    /// Every string in the card, unescaped (ToJsonString escapes umlauts).
    public static string Text(JsonNode? node) => node switch
    {
        JsonObject obj => string.Join("\n", obj.Select(p => Text(p.Value))),
        JsonArray array => string.Join("\n", array.Select(Text)),
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => string.Empty,
    };

    /// The first action with that title anywhere in the card (ActionSets, ShowCards).
    public static JsonObject Action(JsonObject card, Func<JsonObject, bool> match) =>
        Actions(card).FirstOrDefault(match) ?? throw new Xunit.Sdk.XunitException("no such action in " + card.ToJsonString());

    private static IEnumerable<JsonObject> Actions(JsonNode? node) => node switch
    {
        JsonObject obj => ((string?)obj["type"] is { } type && type.StartsWith("Action.", StringComparison.Ordinal) ? [obj] : Enumerable.Empty<JsonObject>())
            .Concat(obj.SelectMany(p => Actions(p.Value))),
        JsonArray array => array.SelectMany(Actions),
        _ => [],
    };
}
