using System.Text.Json;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Protocol.Connector;
using KommunalBot.Bot.Storage;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Protocol;

/// References stored by an earlier version (one per channel thread, no by-user index) survive the update: the
/// next start merges the threads into one channel reference and indexes the 1:1 chats.
public sealed class ConversationReferenceUpgradeTests : IAsyncLifetime
{
    private readonly string directory = Directory.CreateTempSubdirectory("kommunalbot-upgrade-").FullName;

    private Dictionary<string, string?> Settings => new() { ["Storage:SqlitePath"] = Path.Combine(directory, "shared.db") };

    [Fact]
    public async Task Start_MovesThreadReferencesToTheirChannelAndIndexesPersonalChats()
    {
        var then = DateTimeOffset.UtcNow.AddDays(-30);
        await using (var before = await BotApp.StartAsync(Settings))
        {
            await before.Services.GetRequiredService<ServiceUrlTrustLoader>().Loaded;
            var store = before.Services.GetRequiredService<IDocumentStore>();
            await store.DeleteAsync("convref-scheme/2", null, CancellationToken.None); // a store as the earlier version left it
            var channel = new ConversationReference
            {
                ServiceUrl = before.Channel.ServiceUrl, ChannelId = "msteams", ConversationType = "channel", TenantId = BotApp.AllowedTenant,
                ConversationId = ActivityBuilder.ChannelId + ";messageid=1", TeamId = ActivityBuilder.TeamId, Locale = "de-DE", UpdatedUtc = then,
            };
            await PutLegacyAsync(store, channel);
            await PutLegacyAsync(store, channel with { ConversationId = ActivityBuilder.ChannelId + ";messageid=2", Locale = "en-US", UpdatedUtc = then.AddDays(1) });
            await PutLegacyAsync(store, channel with
            {
                ConversationId = ActivityBuilder.PersonalConversationId, ConversationType = "personal", TeamId = null,
                UserId = ActivityBuilder.UserId, UserAadObjectId = ActivityBuilder.UserAadObjectId,
            });
        }

        await using var after = await BotApp.StartAsync(Settings);
        await after.Services.GetRequiredService<ServiceUrlTrustLoader>().Loaded;
        var references = after.Services.GetRequiredService<ConversationReferenceStore>();

        var channels = new List<ConversationReference>();
        await foreach (var reference in references.ListAsync(BotApp.AllowedTenant, CancellationToken.None))
        {
            channels.AddRange(reference.ConversationType == "channel" ? [reference] : []);
        }

        var merged = Assert.Single(channels);
        Assert.Equal(ActivityBuilder.ChannelId, merged.ConversationId);
        Assert.Equal(ActivityBuilder.TeamId, merged.TeamId);
        Assert.Equal("en-US", merged.Locale); // the newer thread's
        var chat = await references.FindPersonalAsync(BotApp.AllowedTenant, ActivityBuilder.UserAadObjectId, CancellationToken.None);
        Assert.Equal(ActivityBuilder.UserId, chat?.UserId);
        Assert.NotNull(await after.Services.GetRequiredService<IDocumentStore>().GetAsync("convref-scheme/2", CancellationToken.None)); // next start skips it
    }

    // The key scheme before: `convref/{tenantId}/{conversationId}` with the conversation id as it came.
    private static Task PutLegacyAsync(IDocumentStore store, ConversationReference reference) =>
        store.PutAsync(
            $"convref/{DocumentKey.Segment(reference.TenantId)}/{DocumentKey.Segment(reference.ConversationId)}",
            JsonSerializer.Serialize(reference, ProtocolJsonContext.Default.ConversationReference),
            PutCondition.None,
            CancellationToken.None);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Directory.Delete(directory, recursive: true);
        return Task.CompletedTask;
    }
}
