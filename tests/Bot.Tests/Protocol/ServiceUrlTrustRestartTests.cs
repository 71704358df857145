using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Protocol.Connector;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Protocol;

/// After a restart the bot still trusts the serviceUrls the channel vouched for, so proactive messages to stored
/// conversations keep working; a host that never came with a channel token stays untrusted.
public sealed class ServiceUrlTrustRestartTests : IAsyncLifetime
{
    private readonly string directory = Directory.CreateTempSubdirectory("kommunalbot-restart-").FullName;

    private string DatabasePath => Path.Combine(directory, "shared.db");

    [Fact]
    public async Task Restart_TrustsTheServiceUrlsOfStoredReferences()
    {
        string serviceUrl;
        await using (var first = await BotApp.StartAsync(new() { ["Storage:SqlitePath"] = DatabasePath }))
        {
            serviceUrl = first.Channel.ServiceUrl;
            await first.SendAsync(first.Activity().InstallationAdd());
            var stored = await first.Services.GetRequiredService<ConversationReferenceStore>()
                .GetAsync(BotApp.AllowedTenant, ActivityBuilder.PersonalConversationId, CancellationToken.None);
            Assert.Equal(serviceUrl, stored?.ServiceUrl);
        }

        await using var restarted = await BotApp.StartAsync(new() { ["Storage:SqlitePath"] = DatabasePath });
        await using var fresh = await BotApp.StartAsync();
        await restarted.Services.GetRequiredService<ServiceUrlTrustLoader>().Loaded;
        await fresh.Services.GetRequiredService<ServiceUrlTrustLoader>().Loaded;

        Assert.True(restarted.Services.GetRequiredService<ServiceUrlTrust>().IsTrusted(new Uri(serviceUrl)));
        Assert.False(fresh.Services.GetRequiredService<ServiceUrlTrust>().IsTrusted(new Uri(serviceUrl)));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Directory.Delete(directory, recursive: true);
        return Task.CompletedTask;
    }
}
