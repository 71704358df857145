using System.Diagnostics;
using KommunalBot.Bot.Tests.Storage;
using KommunalBot.Bot.Tests.TestHost;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace KommunalBot.Bot.Tests.Jobs;

/// Two real bot processes share one store, as instances behind a load balancer: question retention runs on one of
/// them, and when that one is killed (no graceful stop, nothing released) it moves to the other within the lease
/// duration. The lease runs on the real clock here (Azurite keeps its own), so this waits up to about 20 s.
public sealed class JobAcrossBotProcessesTests(AzuriteFixture azurite, ITestOutputHelper output) : IClassFixture<AzuriteFixture>, IDisposable
{
    private const string Took = "This instance took job question-retention";
    private const string Ran = "Job question-retention ran";
    private const string Refused = "Job question-retention runs on another instance";
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(15); // the shortest Azure allows
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(120); // two bots load the knowledge base on two cores

    private readonly TempDirectory directory = new();
    private readonly string container = "t" + Guid.NewGuid().ToString("N");

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("AzureBlob")]
    public async Task QuestionRetention_TwoBotProcesses_RunsOnOneAndMovesToTheOtherWhenItIsKilled(string provider)
    {
        using var first = new BotProcess("first", Settings(provider));
        using var second = new BotProcess("second", Settings(provider));
        BotProcess[] bots = [first, second];

        await UntilAsync(() => bots.Any(bot => bot.Logged(Ran)), StartDeadline, bots);
        var holder = bots.Single(bot => bot.Logged(Took));
        var other = bots.Single(bot => bot != holder);
        await UntilAsync(() => other.Count(Refused) >= 2, LeaseDuration * 2, bots); // it tried twice and was refused
        Assert.False(other.Logged(Ran));

        holder.Kill();
        var killed = Stopwatch.StartNew();
        await UntilAsync(() => other.Logged(Ran), LeaseDuration + LeaseDuration / 3 + TimeSpan.FromSeconds(10), bots);

        Assert.True(other.Logged(Took));
        output.WriteLine($"{provider}: the other bot ran the job {killed.Elapsed} after the holder was killed");
        // The last renewal came up to a third of the duration before the kill; a released lease would move within a third.
        var earliest = LeaseDuration - LeaseDuration / 3 - TimeSpan.FromSeconds(1);
        Assert.True(killed.Elapsed > earliest, $"taken over {killed.Elapsed} after the kill, before the lease could expire");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        directory.Dispose();
    }

    /// Everything a bot process is configured with.
    private Dictionary<string, string> Settings(string provider)
    {
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["Access:Tenants:0:TenantId"] = BotApp.AllowedTenant,
            ["Access:Tenants:0:Organisation"] = "Stadt Musterstadt",
            ["Access:Tenants:0:Region"] = "Bayern",
            ["Jobs:LeaseDuration"] = LeaseDuration.ToString(),
            ["Logging:LogLevel:KommunalBot.Bot.Features.Ask.QuestionRetention"] = "Debug",
            ["Storage:Provider"] = provider,
            ["Storage:SqlitePath"] = Path.Combine(directory.Path, "bot.db"),
        };
        if (provider == "AzureBlob")
        {
            settings["Storage:BlobConnectionString"] = azurite.ConnectionString;
            settings["Storage:BlobContainer"] = container;
        }

        return settings;
    }

    /// Polls the bots' logs until the condition holds; fails with both logs when the deadline passes.
    private static async Task UntilAsync(Func<bool> condition, TimeSpan deadline, BotProcess[] bots)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < deadline, $"not within {deadline}:{Environment.NewLine}{string.Join(Environment.NewLine, bots.Select(bot => bot.ToString()))}");
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }
}
