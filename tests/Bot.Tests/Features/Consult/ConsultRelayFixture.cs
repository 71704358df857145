using System.Text.Json;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Consult;
using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Storage;
using KommunalBot.Bot.Tests.Features.Delivery;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Consult;

/// What the relay tests share: a clerk in the municipality's tenant, two advisors (Anna leads) in BayKommun's tenant,
/// the pool's bound channel, and the chats the bot posts into.
internal static class ConsultRelayFixture
{
    public const string AdvisorTenant = "b4b4b4b4-0000-4000-8000-00000000bae1";
    public const string Anna = "a1a1a1a1-0000-4000-8000-000000000a11";
    public const string Bernd = "b2b2b2b2-0000-4000-8000-000000000b22";
    public const string Pool = "baykommun";

    public static ConsultActor Clerk => new(BotApp.AllowedTenant, ActivityBuilder.UserAadObjectId, "Erika Mustermann");
    public static ConsultActor AnnaActor => new(AdvisorTenant, Anna, "Anna Beraterin");
    public static ConsultActor BerndActor => new(AdvisorTenant, Bernd, "Bernd Berater");

    public static Dictionary<string, string?> Settings(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Access:Tenants:1:TenantId"] = AdvisorTenant,
            ["Access:Tenants:1:Organisation"] = "BayKommun",
            ["Consult:Pools:0:Name"] = Pool,
            ["Consult:Pools:0:TenantId"] = AdvisorTenant,
            ["Consult:Pools:0:Members:0"] = Anna,
            ["Consult:Pools:0:Members:1"] = Bernd,
            ["Consult:Pools:0:Lead"] = Anna,
            ["Consult:DefaultPool"] = Pool,
        };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }

    public static ActivityBuilder ClerkSays(BotApp bot) => bot.Activity();

    public static ActivityBuilder AdvisorSays(BotApp bot, ConsultActor advisor) =>
        bot.Activity().InTenant(AdvisorTenant).From("29:" + advisor.ObjectId, advisor.ObjectId, advisor.Name);

    public static string ClerkChat => ActivityBuilder.PersonalConversationId;

    public static string ChatOf(ConsultActor advisor) => "a:1-personal-29:" + advisor.ObjectId;

    /// The clerk and both advisors install the bot in 1:1, as they must to be notified.
    public static async Task InstallAllAsync(BotApp bot)
    {
        await bot.SendAsync(ClerkSays(bot).InstallationAdd());
        await bot.SendAsync(AdvisorSays(bot, AnnaActor).InstallationAdd());
        await bot.SendAsync(AdvisorSays(bot, BerndActor).InstallationAdd());
        bot.Channel.ClearCalls();
    }

    /// The pool's channel binding as `hier beraten baykommun` stores it.
    public static async Task<ConversationReference> BindPoolAsync(BotApp bot)
    {
        var channel = (await DeliveryFixture.ChannelsAsync(bot, AdvisorTenant, 1, "beratung"))[0];
        await bot.Services.GetRequiredService<IDocumentStore>().PutAsync("consult/pool-channel/" + Pool,
            JsonSerializer.Serialize(channel, ProtocolJsonContext.Default.ConversationReference), PutCondition.None, CancellationToken.None);
        return channel;
    }

    /// The advisors' card as the advisors' feature posts it (content `consult-{id}-card`); returns its thread's id,
    /// `{channel};messageid={the card's activity id}` as Teams names it.
    public static async Task<string> PostCardAsync(BotApp bot, ConversationReference channel, string requestId)
    {
        var contentId = $"consult-{requestId}-card";
        var outbox = bot.Services.GetRequiredService<IOutbox>();
        await outbox.EnqueueAsync(DeliveryFixture.Card(contentId, "Beratungsanfrage " + requestId) with { Owner = "consult" },
            [new DeliveryRecipient.Conversation(channel)], CancellationToken.None);
        await DeliveryFixture.SettledAsync(bot, contentId);
        var posted = (await outbox.FindAsync(contentId, channel.ConversationId, CancellationToken.None))!;
        return $"{channel.ConversationId};messageid={posted.ActivityId}";
    }

    public static Task<ConsultRequest> CreateAsync(BotApp bot, string text = "Wie binden wir den EfA-Dienst Wohngeld an unser Fachverfahren OK.FIS an?", string? question = null) =>
        bot.Services.GetRequiredService<ConsultService>().CreateAsync(
            new ConsultIntake("Transportweg und Datenübermittlung", "Stadt Musterstadt", "Bayern", ConsultUrgency.Normal, text, null, question),
            Clerk, CancellationToken.None);

    public static Task<MoveOutcome> MoveAsync(
        BotApp bot, string id, ConsultActor actor, ConsultActionKind kind, string? detail = null, string? target = null, string? targetName = null, ConsultStatus? to = null) =>
        bot.Services.GetRequiredService<ConsultService>().MoveAsync(id, actor, kind, CancellationToken.None, target, targetName, to, detail: detail);

    public static async Task<ConsultRequest> StoredAsync(BotApp bot, string id) =>
        (await bot.Services.GetRequiredService<ConsultStore>().GetAsync(id, CancellationToken.None))!.Request;

    /// Messages the bot posted into a conversation (a chat, a channel thread), texts of cards included.
    public static List<RecordedCall> PostsIn(BotApp bot, string conversationId) =>
        bot.Channel.Messages.Where(c => c.ConversationId == conversationId && c.Method == "POST").ToList();

    /// The card as text, umlauts unescaped.
    public static string CardText(RecordedCall call) =>
        call.Card?.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? string.Empty;

    public static string? Summary(RecordedCall call) => call.Body?["summary"]?.GetValue<string>();

    public static JsonNode? InvokeValue(string body) => JsonNode.Parse(body)!["value"];
}
