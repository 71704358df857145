using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Broadcast;
using KommunalBot.Bot.Tests.Features.Delivery;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Broadcast;

/// What the subscription, digest and announcement tests share: a second organisation in NRW, an editor limited to NRW,
/// a guest, channels (not General) and group chats that subscribe over HTTP as Teams users do, digest items, and the
/// posts the bot made into a conversation.
internal static class BroadcastFixture
{
    public const string NrwTenant = "c3c3c3c3-0000-4000-8000-00000000c0e1";
    public const string NrwEditor = "d4d4d4d4-0000-4000-8000-00000000d4d4";
    public const string Guest = "9e9e9e9e-0000-4000-8000-000000009e9e";
    public const string Channel = ActivityBuilder.ChannelId; // "EfA", not the team's General channel
    public const string Team = ActivityBuilder.TeamId;
    public const string Kinds = "BestPractice,Event,News";

    public static Dictionary<string, string?> Settings(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Access:Tenants:1:TenantId"] = NrwTenant,
            ["Access:Tenants:1:Organisation"] = "Stadt Köln",
            ["Access:Tenants:1:Region"] = "NRW",
            ["Access:Roles:2:Role"] = "Editor",
            ["Access:Roles:2:ObjectId"] = NrwEditor,
            ["Access:Roles:3:Role"] = "Guest",
            ["Access:Roles:3:ObjectId"] = Guest,
            ["Broadcast:EditorAudiences:0:ObjectId"] = NrwEditor,
            ["Broadcast:EditorAudiences:0:Regions:0"] = "NRW",
            ["Broadcast:DigestMaxItems"] = "2",
        };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }

    /// An activity in a team channel of <paramref name="tenant"/> (another channel than General) from
    /// <paramref name="objectId"/>; <paramref name="channel"/> names another channel of the team.
    public static ActivityBuilder In(BotApp bot, string tenant = BotApp.AllowedTenant, string objectId = ActivityBuilder.UserAadObjectId) =>
        bot.Activity().InTenant(tenant).From("29:" + objectId, objectId, "Erika Mustermann").InChannel();

    /// Moves a channel activity to <paramref name="channel"/> of <paramref name="team"/>.
    public static JsonObject To(JsonObject activity, string channel, string team = Team)
    {
        activity["conversation"]!["id"] = channel + ";messageid=1700000000000";
        activity["channelData"]!["channel"]!["id"] = channel;
        activity["channelData"]!["team"]!["id"] = team;
        return activity;
    }

    /// Makes a channel activity one of the group chat <paramref name="chat"/>.
    public static JsonObject ToGroupChat(JsonObject activity, string chat)
    {
        activity["conversation"]!["id"] = chat;
        activity["conversation"]!["conversationType"] = "groupChat";
        activity["channelData"]!.AsObject().Remove("team");
        activity["channelData"]!.AsObject().Remove("channel");
        return activity;
    }

    /// "Speichern" on the subscription form, with what the form sends.
    public static JsonObject Save(ActivityBuilder from, string kinds = Kinds, string topics = "", string region = "alle", string frequency = "Weekly",
        string day = "Monday", string dayOfMonth = "1", string hour = "9") =>
        from.Execute(SubscriptionSaveActionData.Verb, new JsonObject
        {
            ["kinds"] = kinds, ["topics"] = topics, ["region"] = region, ["frequency"] = frequency,
            ["day"] = day, ["dayOfMonth"] = dayOfMonth, ["hour"] = hour,
        });

    /// Subscribes a channel as a user does: `@KommunalBot abonnieren`, then "Speichern"; returns the card shown after.
    public static async Task<JsonNode> SubscribeAsync(BotApp bot, Func<JsonObject, JsonObject> where, string tenant = BotApp.AllowedTenant,
        string kinds = Kinds, string topics = "", string region = "alle", string frequency = "Weekly", string day = "Monday", string hour = "9")
    {
        await bot.SendAsync(where(In(bot, tenant).MentionMessage("abonnieren")));
        var response = await bot.SendAsync(where(Save(In(bot, tenant), kinds, topics, region, frequency, day, hour: hour)));
        return (await InvokeAsync(response))!;
    }

    public static Task<JsonNode> SubscribeAsync(BotApp bot, string channel = Channel, string tenant = BotApp.AllowedTenant, string kinds = Kinds,
        string region = "alle", string hour = "9") =>
        SubscribeAsync(bot, a => To(a, channel), tenant, kinds, region: region, hour: hour);

    /// The value of an invoke response: a card, or the text of a message.
    public static async Task<JsonNode?> InvokeAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"];
    }

    public static Task<Subscription?> StoredAsync(BotApp bot, string conversation = Channel) =>
        bot.Services.GetRequiredService<SubscriptionStore>().GetAsync(conversation, CancellationToken.None);

    public static Task AddItemAsync(BotApp bot, string id, DateTimeOffset published, BroadcastKind kind = BroadcastKind.BestPractice,
        string? region = null, params string[] topics) =>
        bot.Services.GetRequiredService<DigestItemStore>().AddAsync(new DigestItem
        {
            Id = id,
            Kind = kind,
            Title = "Titel " + id,
            Summary = "Worum es bei " + id + " geht.",
            Organisation = "Landkreis Musterland",
            Url = "https://www.baykommun.bayern/" + id,
            Topics = topics,
            Region = region,
            PublishedUtc = published,
        }, CancellationToken.None);

    /// New posts of the bot into the conversation (Delivery's sends; replies to a message are excluded).
    public static List<RecordedCall> PostsIn(BotApp bot, string conversation) =>
        [.. bot.Channel.ConnectorCalls.Where(c => c.Method == "POST" && c.ConversationId == conversation && c.Path.EndsWith("/activities", StringComparison.Ordinal))];

    /// Lets the clock run in steps of <paramref name="step"/> up to <paramref name="until"/>, giving the jobs a moment at each.
    public static async Task RunClockToAsync(BotApp bot, DateTimeOffset until, TimeSpan step)
    {
        while (bot.Clock.GetUtcNow() < until)
        {
            var left = until - bot.Clock.GetUtcNow();
            bot.Clock.Advance(left < step ? left : step);
            await Task.Delay(20);
        }
    }

    public static Task UntilAsync(BotApp bot, Func<bool> done) => DeliveryFixture.UntilAsync(bot, done, TimeSpan.FromSeconds(5));

    /// An admin API call with an Entra token of the allowed tenant for <paramref name="objectId"/>, with a JSON body.
    public static async Task<HttpResponseMessage> AdminAsync(BotApp bot, HttpMethod method, string path, string objectId, JsonObject? body = null)
    {
        var token = bot.Channel.CreateAdminToken(BotApp.AllowedTenant, objectId, "api://" + bot.AppId, bot.Clock.GetUtcNow());
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        }

        return await bot.Http.SendAsync(request);
    }

    /// The id the preview's "Senden" sends.
    public static string PreviewId(JsonNode? card) => card!["actions"]![0]!["data"]!["id"]!.GetValue<string>();

    /// The value of the card's input <paramref name="id"/> (what the form is filled with).
    public static string? InputValue(JsonNode? node, string id) => node switch
    {
        JsonObject o when (string?)o["id"] == id => (string?)o["value"],
        JsonObject o => o.Select(p => InputValue(p.Value, id)).FirstOrDefault(v => v is not null),
        JsonArray a => a.Select(n => InputValue(n, id)).FirstOrDefault(v => v is not null),
        _ => null,
    };

    /// The card as text, umlauts unescaped.
    public static string Text(JsonNode? card) =>
        card?.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? string.Empty;
}
