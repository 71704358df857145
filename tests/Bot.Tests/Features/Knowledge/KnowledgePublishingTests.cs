using KommunalBot.Bot.Features.Knowledge;
using KommunalBot.Bot.Tests.TestHost;
using KommunalBot.Knowledge.Content;

namespace KommunalBot.Bot.Tests.Features.Knowledge;

/// A best practice an editor approved is answered from at once, on every instance, after restarts, until withdrawn.
public sealed class KnowledgePublishingTests : IAsyncLifetime
{
    private const string Question = "Wie hat Beispielhausen die Hundesteuer-Anmeldung digitalisiert?";
    private const string SourceUrl = "https://beispielhausen.example/hundesteuer-online";

    private readonly string directory = Directory.CreateTempSubdirectory("kommunalbot-knowledge-").FullName;

    private Dictionary<string, string?> SharedStore => new() { ["Storage:SqlitePath"] = Path.Combine(directory, "shared.db") };

    private static PublishedArticle Article => new()
    {
        Id = "bp-hundesteuer-beispielhausen",
        Title = "Hundesteuer-Anmeldung digital in Beispielhausen",
        Markdown = "Die Gemeinde **Beispielhausen** hat die Anmeldung zur Hundesteuer digitalisiert: Bürgerinnen melden "
            + "ihren Hund online an, der Bescheid kommt elektronisch.\n\n1. Formular im Portal\n2. Bescheid ins Postfach",
        Topics = ["Steuern", "Digitalisierung"],
        Region = "Bayern",
        Sources = [new Source(SourceUrl, "Hundesteuer online – Gemeinde Beispielhausen", "2026-11")],
        Contact = "Kämmerei Beispielhausen",
        PublishedAt = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public async Task PublishedItem_IsAnswered_UntilWithdrawn()
    {
        await using var bot = await BotApp.StartAsync(SharedStore);
        Assert.DoesNotContain(SourceUrl, await AskAsync(bot));

        var outcome = await bot.Services.GetRequiredService<IKnowledgePublisher>().PublishAsync(Article, CancellationToken.None);

        Assert.Equal(PublishOutcome.Published, outcome);
        var answer = await AskAsync(bot);
        Assert.Contains(SourceUrl, answer);
        Assert.Contains("Hundesteuer-Anmeldung digital in Beispielhausen", answer);

        Assert.True(await bot.Services.GetRequiredService<IKnowledgePublisher>().WithdrawAsync(Article.Id, CancellationToken.None));

        Assert.DoesNotContain(SourceUrl, await AskAsync(bot));
    }

    [Fact]
    public async Task PublishedItem_AfterARestartOnTheSameStore_IsStillAnswered()
    {
        await using (var first = await BotApp.StartAsync(SharedStore))
        {
            await first.Services.GetRequiredService<IKnowledgePublisher>().PublishAsync(Article, CancellationToken.None);
        }

        await using var restarted = await BotApp.StartAsync(SharedStore);

        Assert.Contains(SourceUrl, await AskAsync(restarted));
    }

    [Fact]
    public async Task AnotherInstance_PicksUpPublishAndWithdrawal_AtItsNextCheck()
    {
        await using var editorInstance = await BotApp.StartAsync(SharedStore);
        await using var other = await BotApp.StartAsync(SharedStore);
        var publisher = editorInstance.Services.GetRequiredService<IKnowledgePublisher>();
        var otherHost = other.Services.GetRequiredService<KnowledgeHost>();

        await publisher.PublishAsync(Article, CancellationToken.None);
        Assert.Null(otherHost.Knowledge.Get(Article.Id)); // not before its check
        await otherHost.SyncPublishedAsync(CancellationToken.None); // what PublishedKnowledgeCheck runs every interval

        Assert.Contains(SourceUrl, await AskAsync(other));

        await publisher.WithdrawAsync(Article.Id, CancellationToken.None);
        await otherHost.SyncPublishedAsync(CancellationToken.None);

        Assert.DoesNotContain(SourceUrl, await AskAsync(other));
    }

    [Fact]
    public async Task Publish_WithTheIdOfAFileDocument_IsRefusedAndChangesNothing()
    {
        await using var bot = await BotApp.StartAsync(SharedStore);
        var fileDocument = bot.Services.GetRequiredService<KnowledgeHost>().Knowledge.Get("bp-teststellung-vor-go-live")!;

        var outcome = await bot.Services.GetRequiredService<IKnowledgePublisher>().PublishAsync(Article with { Id = fileDocument.Id }, CancellationToken.None);

        Assert.Equal(PublishOutcome.IdTakenByAFile, outcome);
        Assert.Equal(fileDocument, bot.Services.GetRequiredService<KnowledgeHost>().Knowledge.Get(fileDocument.Id));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Directory.Delete(directory, recursive: true);
        return Task.CompletedTask;
    }

    private static async Task<string> AskAsync(BotApp bot)
    {
        bot.Channel.ClearCalls();
        await bot.SendAsync(bot.Activity().Message(Question));
        return Assert.Single(bot.Channel.Messages).CardJson;
    }
}
