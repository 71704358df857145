using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Broadcast;
using KommunalBot.Bot.Features.Broadcast.Events;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Tests.Features.Delivery;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Broadcast;

/// What the event tests share: channels subscribed to events, an event sent to them as an editor would, people who
/// press the invite's buttons in a channel, and the invite as it stands in a channel after the bot's edits.
internal static class EventFixture
{
    public static string ObjectId(int person) => $"c0000000-0000-4000-8000-{person:000000000000}";

    public static ActivityBuilder Person(BotApp bot, int person) => bot.Activity().From($"29:1-person-{person}", ObjectId(person), $"Person {person}");

    /// Channels in <paramref name="tenantId"/> whose subscription includes events (every topic, every region). The bot
    /// trusts the fake channel's service URL from then on, as after any activity from Teams.
    public static async Task<List<ConversationReference>> SubscribedAsync(BotApp bot, string tenantId, int count)
    {
        await bot.SendAsync(bot.Activity().Message("hilfe"));
        var channels = await DeliveryFixture.ChannelsAsync(bot, tenantId, count, "events");
        var subscriptions = bot.Services.GetRequiredService<SubscriptionStore>();
        foreach (var channel in channels)
        {
            await subscriptions.SaveAsync(new Subscription
            {
                Reference = channel,
                Topics = [],
                Kinds = [BroadcastKind.Event],
                Frequency = DigestFrequency.Weekly,
                CreatedBy = ActivityBuilder.UserAadObjectId,
                CreatedUtc = bot.Clock.GetUtcNow(),
                LastDigestUtc = bot.Clock.GetUtcNow(),
            }, CancellationToken.None);
        }

        return channels;
    }

    /// An event in ten days (Europe/Berlin, 10:00-12:00 wall clock) with <paramref name="capacity"/> places.
    public static EventDetails Details(BotApp bot, int? capacity, TimeSpan? startsIn = null)
    {
        var start = bot.Clock.GetUtcNow() + (startsIn ?? TimeSpan.FromDays(10));
        return new EventDetails
        {
            Title = "Digitalwerkstatt: EfA-Wohngeld in der Praxis",
            Organiser = "BayKommun",
            StartUtc = start,
            EndUtc = start.AddHours(2),
            TimeZone = "Europe/Berlin",
            Place = "Landratsamt Ebersberg",
            Description = "Die Stadt Musterstadt zeigt ihre Anbindung.",
            Capacity = capacity,
            Topics = [],
        };
    }

    /// Created and sent by the editor; returns once every subscribed channel has the invite.
    public static async Task<BroadcastEvent> SentAsync(BotApp bot, EventDetails details)
    {
        var service = bot.Services.GetRequiredService<EventService>();
        var created = Assert.IsType<EventOutcome.Done>(await service.CreateAsync(details, [], BotApp.AllowedTenant, BotApp.EditorObjectId, CancellationToken.None));
        var sent = Assert.IsType<EventOutcome.Done>(await service.SendAsync(created.Event.Id, BotApp.AllowedTenant, BotApp.EditorObjectId, CancellationToken.None));
        await DeliveryFixture.SettledAsync(bot, sent.Event.ContentId);
        return sent.Event;
    }

    /// Presses an RSVP button on the invite in a channel (Action.Execute) and returns Teams' invoke response body.
    public static async Task<JsonNode> AnswerAsync(BotApp bot, int person, string eventId, RsvpAnswer answer)
    {
        var invoke = Person(bot, person).InChannel().Execute("broadcast.event.rsvp", new JsonObject { ["eventId"] = eventId, ["answer"] = answer.ToString() });
        using var response = await bot.SendAsync(invoke);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// The invite as the channel shows it now: the bot's last edit of its post (in the thread the post started,
    /// `{channel};messageid=…`), or the post.
    public static JsonObject Posted(BotApp bot, string channelId)
    {
        var calls = bot.Channel.ConnectorCalls
            .Where(c => c.ConversationId?.StartsWith(channelId, StringComparison.Ordinal) == true && c.Card is not null && c.Method is "POST" or "PUT").ToList();
        return Assert.IsType<JsonObject>(calls.Last().Card);
    }

    /// Every text of a card, in order: what a reader sees.
    public static string Texts(JsonNode? card) => card switch
    {
        JsonObject o => string.Join(" | ", o.Where(p => p.Key is "text" or "title" or "value" or "items" or "body" or "columns" or "facts" or "actions" && p.Value is not null)
            .Select(p => p.Value is JsonValue v ? v.ToString() : Texts(p.Value)).Where(t => t.Length > 0)),
        JsonArray a => string.Join(" | ", a.Select(Texts).Where(t => t.Length > 0)),
        _ => string.Empty,
    };

    /// A call to the admin API as <paramref name="objectId"/> of the allowed tenant, with a JSON body.
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

    /// The 1:1 messages the bot sent to <paramref name="person"/>.
    public static List<string> PersonalTexts(BotApp bot, int person) =>
        [.. bot.Channel.ConnectorCalls.Where(c => c.Method == "POST" && c.ConversationId == $"a:1-personal-29:1-person-{person}" && c.Text is not null).Select(c => c.Text!)];
}
