using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Storage;
using KommunalBot.Bot.Tests.TestHost;
using Microsoft.Extensions.Logging.Abstractions;

namespace KommunalBot.Bot.Tests.Protocol;

public sealed class ConversationReferenceTests : BotTest
{
    private const string OtherTenant = "9f1e2d3c-4b5a-4968-8776-655443322110";

    private ConversationReferenceStore References => bot.Services.GetRequiredService<ConversationReferenceStore>();

    [Fact]
    public async Task Install_InTeam_StoresTenantServiceUrlTeamAndChannel()
    {
        await bot.SendAsync(bot.Activity().InChannel().InstallationAdd());

        var reference = await References.GetAsync(BotApp.AllowedTenant, ActivityBuilder.ChannelId, CancellationToken.None);
        Assert.NotNull(reference);
        Assert.Equal(ActivityBuilder.ChannelId, reference.ConversationId);
        Assert.Equal(bot.Channel.ServiceUrl, reference.ServiceUrl);
        Assert.Equal(ActivityBuilder.TeamId, reference.TeamId);
        Assert.Equal(ActivityBuilder.ChannelId, reference.ChannelIdInTeam);
        Assert.Equal("channel", reference.ConversationType);
    }

    [Fact]
    public async Task Messages_InTwoThreadsOfOneChannel_KeepOneReferenceForTheChannel()
    {
        await bot.SendAsync(InThread(bot.Activity().InChannel().MentionMessage("hilfe"), "1700000000001"));
        await bot.SendAsync(InThread(bot.Activity().InChannel().MentionMessage("hilfe"), "1700000000002"));

        var references = await ListAsync(BotApp.AllowedTenant);

        var channel = Assert.Single(references, r => r.ConversationType == "channel");
        Assert.Equal(ActivityBuilder.ChannelId, channel.ConversationId);
        var thread = await References.GetAsync(BotApp.AllowedTenant, ActivityBuilder.ChannelId + ";messageid=1700000000002", CancellationToken.None);
        Assert.Equal(channel, thread); // a thread's id finds its channel
    }

    [Fact]
    public async Task FindPersonal_ByTenantAndObjectId_FindsThePersonsChatInThatTenantOnly()
    {
        await bot.SendAsync(bot.Activity().Message("hilfe"));

        var chat = await References.FindPersonalAsync(BotApp.AllowedTenant, ActivityBuilder.UserAadObjectId.ToUpperInvariant(), CancellationToken.None);
        var elsewhere = await References.FindPersonalAsync(OtherTenant, ActivityBuilder.UserAadObjectId, CancellationToken.None);

        Assert.Equal(ActivityBuilder.PersonalConversationId, chat?.ConversationId);
        Assert.Equal(ActivityBuilder.UserId, chat?.UserId);
        Assert.Null(elsewhere);
    }

    [Fact]
    public async Task Uninstall_RemovesTheReferenceAndItsIndexEntry()
    {
        await bot.SendAsync(bot.Activity().InstallationAdd());
        Assert.NotNull(await References.FindPersonalAsync(BotApp.AllowedTenant, ActivityBuilder.UserAadObjectId, CancellationToken.None));

        await bot.SendAsync(bot.Activity().InstallationRemove());

        Assert.Null(await References.GetAsync(BotApp.AllowedTenant, ActivityBuilder.PersonalConversationId, CancellationToken.None));
        Assert.Null(await References.FindPersonalAsync(BotApp.AllowedTenant, ActivityBuilder.UserAadObjectId, CancellationToken.None));
        Assert.Empty(await KeysAsync("convref/"));
        Assert.Empty(await KeysAsync("convref-user/"));
    }

    [Fact]
    public async Task RemovedFromTeam_RemovesTheReferencesOfAllItsChannels()
    {
        await bot.SendAsync(bot.Activity().InChannel().InstallationAdd());
        var other = bot.Activity().InChannel().MentionMessage("hilfe");
        other["conversation"]!["id"] = "19:channel-digest@thread.tacv2;messageid=1700000000003";
        other["channelData"]!["channel"]!["id"] = "19:channel-digest@thread.tacv2";
        await bot.SendAsync(other);
        Assert.Equal(2, (await ListAsync(BotApp.AllowedTenant)).Count);

        await bot.SendAsync(bot.Activity().InChannel().InstallationRemove());

        Assert.Empty(await ListAsync(BotApp.AllowedTenant));
    }

    [Fact]
    public async Task TwoWritersAtOnce_TheSecondMergesInsteadOfOverwriting()
    {
        var shared = bot.Services.GetRequiredService<IDocumentStore>();
        var now = bot.Clock.GetUtcNow();
        var fromMessage = Channel(now) with { BotName = "KommunalBot", Locale = "en-US" };
        var fromInstall = Channel(now.AddSeconds(1)) with { TeamId = ActivityBuilder.TeamId, ChannelIdInTeam = ActivityBuilder.ChannelId };

        // The first writer reads (nothing stored yet); before it writes, another instance stores its reference.
        var first = new ConversationReferenceStore(
            new InterleavingStore(shared, () => References.SaveAsync(fromMessage, checkStore: true, CancellationToken.None)),
            NullLogger<ConversationReferenceStore>.Instance);
        await first.SaveAsync(fromInstall, checkStore: true, CancellationToken.None);

        var stored = await References.GetAsync(BotApp.AllowedTenant, ActivityBuilder.ChannelId, CancellationToken.None);
        Assert.Equal(ActivityBuilder.TeamId, stored?.TeamId); // the first writer's
        Assert.Equal("KommunalBot", stored?.BotName); // the second writer's, not lost
        Assert.Equal("en-US", stored?.Locale);
        Assert.Equal(now.AddSeconds(1), stored?.UpdatedUtc);
    }

    private ConversationReference Channel(DateTimeOffset updated) => new()
    {
        ServiceUrl = bot.Channel.ServiceUrl,
        ChannelId = "msteams",
        ConversationId = ActivityBuilder.ChannelId,
        ConversationType = "channel",
        TenantId = BotApp.AllowedTenant,
        UpdatedUtc = updated,
    };

    private static System.Text.Json.Nodes.JsonObject InThread(System.Text.Json.Nodes.JsonObject activity, string messageId)
    {
        activity["conversation"]!["id"] = ActivityBuilder.ChannelId + ";messageid=" + messageId;
        return activity;
    }

    private async Task<List<ConversationReference>> ListAsync(string tenantId)
    {
        var references = new List<ConversationReference>();
        await foreach (var reference in References.ListAsync(tenantId, CancellationToken.None))
        {
            references.Add(reference);
        }

        return references;
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

    /// The real store, with another writer's work run between this writer's read and its first write.
    private sealed class InterleavingStore(IDocumentStore inner, Func<Task> beforeFirstPut) : IDocumentStore
    {
        private int puts;

        public Task<StoredDocument?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

        public async Task<PutResult> PutAsync(string key, string json, PutCondition condition, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref puts) == 1)
            {
                await beforeFirstPut();
            }

            return await inner.PutAsync(key, json, condition, cancellationToken);
        }

        public Task<bool> DeleteAsync(string key, string? ifMatchETag, CancellationToken cancellationToken) => inner.DeleteAsync(key, ifMatchETag, cancellationToken);

        public IAsyncEnumerable<StoredDocument> ListAsync(string prefix, CancellationToken cancellationToken) => inner.ListAsync(prefix, cancellationToken);

        public Task<bool> PingAsync(CancellationToken cancellationToken) => inner.PingAsync(cancellationToken);
    }
}
