using System.Net;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KommunalBot.Bot.Tests.Features.Delivery;

/// Sends as Consult or Broadcast make them: conversation references the bot stored from real install activities,
/// content enqueued through <see cref="IOutbox"/> and posted by the real sender to the fake channel. Outcomes the
/// fake channel does not easily produce for one chosen conversation (a failure with a given reason, a delivery still
/// pending) are written over the settled record by <see cref="RewriteAsync"/>, while the sender is idle.
internal static class Deliveries
{
    public const string Clerk = ActivityBuilder.UserAadObjectId; // a member of the allowed tenant, no role

    public static IOutbox Outbox(BotApp bot) => bot.Services.GetRequiredService<IOutbox>();

    public static DeliveryContent Content(string contentId, string summary) => new(contentId, "broadcast", new Activity
    {
        Type = ActivityTypes.Message,
        Text = summary + ": Lesen Sie mehr im Digest.",
        Summary = summary,
    });

    /// The team channel's reference, stored when the bot was added; <paramref name="name"/> makes another channel of the team.
    public static async Task<ConversationReference> ChannelAsync(BotApp bot, string? name = null)
    {
        await PostAsync(bot, bot.Activity().InChannel().BotAdded());
        var references = bot.Services.GetRequiredService<ConversationReferenceStore>();
        var channel = (await references.GetAsync(BotApp.AllowedTenant, ActivityBuilder.ChannelId, CancellationToken.None))!;
        if (name is null)
        {
            return channel;
        }

        var other = channel with { ConversationId = $"19:{name}@thread.tacv2", ChannelIdInTeam = $"19:{name}@thread.tacv2" };
        await references.SaveAsync(other, checkStore: true, CancellationToken.None);
        return other;
    }

    /// The 1:1 chat of the person who just installed the bot.
    public static async Task<ConversationReference> PersonalAsync(BotApp bot, ActivityBuilder person)
    {
        var install = person.InstallationAdd();
        await PostAsync(bot, install);
        var objectId = install["from"]!["aadObjectId"]!.GetValue<string>();
        return (await bot.Services.GetRequiredService<ConversationReferenceStore>()
            .FindPersonalAsync(BotApp.AllowedTenant, objectId, CancellationToken.None))!;
    }

    /// Enqueues and lets the sender post every copy (the clock runs until the report shows none pending).
    public static async Task<DeliveryReport> SendAsync(BotApp bot, DeliveryContent content, params ConversationReference[] to)
    {
        Assert.IsType<EnqueueOutcome.Queued>(await Outbox(bot).EnqueueAsync(
            content, [.. to.Select(r => new DeliveryRecipient.Conversation(r))], CancellationToken.None));
        return await DeliveryFixture.SettledAsync(bot, content.ContentId);
    }

    /// Writes another outcome over a settled delivery, as the sender would have written it: Failed with
    /// <paramref name="error"/>, or Pending (then the content is not complete either).
    public static async Task RewriteAsync(BotApp bot, string contentId, ConversationReference to, DeliveryState state, string? error = null)
    {
        var store = bot.Services.GetRequiredService<DeliveryStore>();
        var record = (await store.GetRecordAsync(contentId, to.ConversationId, CancellationToken.None))!;
        var sent = state == DeliveryState.Sent;
        var rewritten = record.Value with
        {
            State = state,
            LastError = error,
            ActivityId = sent ? record.Value.ActivityId : null,
            PostedConversationId = sent ? record.Value.PostedConversationId : null,
            SentUtc = sent ? record.Value.SentUtc : null,
        };
        Assert.NotNull(await store.PutRecordAsync(rewritten, record.ETag, CancellationToken.None));
        if (state == DeliveryState.Pending)
        {
            await CompleteAsync(bot, contentId, null);
        }
    }

    /// Sets when the content's last delivery was settled (null: not yet).
    public static async Task CompleteAsync(BotApp bot, string contentId, DateTimeOffset? completedUtc)
    {
        var store = bot.Services.GetRequiredService<DeliveryStore>();
        var content = (await store.GetContentAsync(contentId, CancellationToken.None))!;
        Assert.NotNull(await store.PutContentAsync(content.Value with { CompletedUtc = completedUtc }, content.ETag, CancellationToken.None));
    }

    public static async Task<StoredContent?> StoredAsync(BotApp bot, string contentId) =>
        (await bot.Services.GetRequiredService<DeliveryStore>().GetContentAsync(contentId, CancellationToken.None))?.Value;

    public static async Task<List<string>> KeysAsync(BotApp bot, string prefix)
    {
        var keys = new List<string>();
        await foreach (var document in bot.Services.GetRequiredService<KommunalBot.Bot.Storage.IDocumentStore>().ListAsync(prefix, CancellationToken.None))
        {
            keys.Add(document.Key);
        }

        return keys;
    }

    public static ActivityBuilder Editor(BotApp bot) => bot.Activity().From("29:1-editor-berta", BotApp.EditorObjectId, "Berta Redaktion");

    /// The text or card of an invoke response.
    public static async Task<JsonNode> InvokeValueAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!;
    }

    /// Every string of a card (texts, titles, values, verbs) one per line, umlauts as they are: what an assertion
    /// on visible text needs (ToJsonString escapes non-ASCII).
    public static string Visible(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonObject o => string.Join("\n", o.Select(p => Visible(p.Value))),
        JsonArray a => string.Join("\n", a.Select(Visible)),
        _ => string.Empty,
    };

    private static async Task PostAsync(BotApp bot, JsonObject activity)
    {
        using var response = await bot.SendAsync(activity);
        Assert.True(response.IsSuccessStatusCode, $"{activity["type"]}: {response.StatusCode}");
    }
}
