using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Search;
using KommunalBot.Knowledge.Tests.TestSupport;

namespace KommunalBot.Knowledge.Tests;

public sealed class KnowledgeWatcherTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private const string Faq = """
        ---
        id: faq-parken
        typ: faq
        titel: Wie beantrage ich einen Bewohnerparkausweis?
        themen: [Parken]
        datum: 2025-01
        quellen: [ { url: "https://example.org", titel: Quelle } ]
        ---
        Der Bewohnerparkausweis wird online beantragt.
        """;

    /// <summary>Completes when, after a reload, the knowledge base satisfies the condition.</summary>
    private static Task<KnowledgeReloadedEventArgs> ReloadWhere(KnowledgeWatcher watcher, Func<KnowledgeReloadedEventArgs, bool> condition)
    {
        var done = new TaskCompletionSource<KnowledgeReloadedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.Reloaded += (_, e) =>
        {
            if (condition(e))
            {
                done.TrySetResult(e);
            }
        };
        return done.Task.WaitAsync(Timeout);
    }

    private static bool Finds(KnowledgeBase kb, string text, string id) =>
        kb.Search(new SearchQuery { Text = text }).Hits.Any(h => h.Document.Id == id);

    [Fact]
    public async Task Watcher_NewFile_BecomesSearchable()
    {
        using var folder = new TempFolder(copyFixture: true);
        var kb = KnowledgeBase.Create(KnowledgeLoader.Load(folder.Root, LoadMode.Strict));
        using var watcher = new KnowledgeWatcher(kb, folder.Root, TimeSpan.FromMilliseconds(50));
        var reloaded = ReloadWhere(watcher, _ => Finds(kb, "Bewohnerparkausweis", "faq-parken"));

        folder.Write("faq/faq-parken.md", Faq);

        await reloaded;
        Assert.True(Finds(kb, "Bewohnerparkausweis", "faq-parken"));
    }

    [Fact]
    public async Task Watcher_ChangedFile_UpdatesDocument()
    {
        using var folder = new TempFolder(copyFixture: true);
        folder.Write("faq/faq-parken.md", Faq);
        var kb = KnowledgeBase.Create(KnowledgeLoader.Load(folder.Root, LoadMode.Strict));
        using var watcher = new KnowledgeWatcher(kb, folder.Root, TimeSpan.FromMilliseconds(50));
        var reloaded = ReloadWhere(watcher, _ => Finds(kb, "Anwohnerparken", "faq-parken"));

        folder.Write("faq/faq-parken.md", Faq.Replace("Bewohnerparkausweis wird", "Anwohnerparken wird", StringComparison.Ordinal));

        await reloaded;
        Assert.True(Finds(kb, "Anwohnerparken", "faq-parken"));
    }

    [Fact]
    public async Task Watcher_DeletedFile_RemovesDocument()
    {
        using var folder = new TempFolder(copyFixture: true);
        var kb = KnowledgeBase.Create(KnowledgeLoader.Load(folder.Root, LoadMode.Strict));
        using var watcher = new KnowledgeWatcher(kb, folder.Root, TimeSpan.FromMilliseconds(50));
        var reloaded = ReloadWhere(watcher, e => e.Removed.Contains("hundesteuer"));

        File.Delete(Path.Combine(folder.Root, "steckbriefe", "hundesteuer.yaml"));

        await reloaded;
        Assert.Null(kb.Get("hundesteuer"));
    }

    [Fact]
    public async Task Watcher_BrokenFile_ReportsProblemAndKeepsPreviousVersion()
    {
        using var folder = new TempFolder(copyFixture: true);
        var kb = KnowledgeBase.Create(KnowledgeLoader.Load(folder.Root, LoadMode.Strict));
        using var watcher = new KnowledgeWatcher(kb, folder.Root, TimeSpan.FromMilliseconds(50));
        var reloaded = ReloadWhere(watcher, e => e.Problems.Count > 0);
        var path = Path.Combine(folder.Root, "steckbriefe", "wohngeld.yaml");

        File.WriteAllText(path, File.ReadAllText(path).Replace("stand: 2025-08-15", "stand: gestern", StringComparison.Ordinal));

        var result = await reloaded;
        var problem = Assert.Single(result.Problems);
        Assert.Equal((path, "stand"), (problem.File, problem.Field));
        Assert.Equal("Wohngeld Online", kb.Get("wohngeld")?.Title);
    }

    [Fact]
    public async Task Watcher_GlossaryChange_ExpandsQueries()
    {
        using var folder = new TempFolder(copyFixture: true);
        var kb = KnowledgeBase.Create(KnowledgeLoader.Load(folder.Root, LoadMode.Strict));
        using var watcher = new KnowledgeWatcher(kb, folder.Root, TimeSpan.FromMilliseconds(50));
        var reloaded = ReloadWhere(watcher, _ => Finds(kb, "WoGeld", "wohngeld"));

        File.AppendAllText(Path.Combine(folder.Root, "glossar.yaml"), "- begriff: Wohngeld\n  abkuerzungen: [WoGeld]\n");

        await reloaded;
        Assert.True(Finds(kb, "WoGeld", "wohngeld"));
    }
}
