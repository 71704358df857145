using KommunalBot.Knowledge;
using KommunalBot.Knowledge.Content;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Knowledge;

/// The knowledge base every feature reads (<see cref="Knowledge"/>). At start-up it loads the knowledge folder
/// (lenient: a broken file is skipped and logged with file, line and field) and the items editors published;
/// changed files are searchable within a second, published items as <see cref="SyncPublishedAsync"/> applies them.
public sealed class KnowledgeHost : IHostedService, IDisposable
{
    private readonly IOptions<KnowledgeOptions> options;
    private readonly IHostEnvironment environment;
    private readonly PublishedStore published;
    private readonly TimeProvider timeProvider;
    private readonly ILogger<KnowledgeHost> logger;
    private readonly SemaphoreSlim syncGate = new(1, 1);
    private Dictionary<string, string> appliedETags = new(StringComparer.Ordinal);
    private string? appliedVersion;
    private KnowledgeWatcher? watcher;

    internal KnowledgeHost(IOptions<KnowledgeOptions> options, IHostEnvironment environment, PublishedStore published, TimeProvider timeProvider, ILogger<KnowledgeHost> logger)
    {
        (this.options, this.environment, this.published, this.timeProvider, this.logger) = (options, environment, published, timeProvider, logger);
    }

    public KnowledgeBase Knowledge { get; private set; } = new([]);

    internal bool IsLoaded { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var path = Resolve(options.Value.Path, environment.ContentRootPath);
        if (path is null)
        {
            KnowledgeLog.FolderMissing(logger, options.Value.Path);
            return;
        }

        var load = KnowledgeLoader.Load(path, LoadMode.Lenient);
        foreach (var problem in load.Problems)
        {
            KnowledgeLog.Problem(logger, problem.ToString());
        }

        var files = load.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var items = (await ReadPublishedAsync(cancellationToken)).Where(item => !files.Contains(item.Article.Id)).ToList();
        appliedETags = items.ToDictionary(item => item.Article.Id, item => item.ETag, StringComparer.Ordinal);
        Knowledge = new KnowledgeBase(load.Documents.Concat(items.Select(item => ToDocument(item.Article))), load.Glossary, timeProvider);
        watcher = new KnowledgeWatcher(Knowledge, path, timeProvider: timeProvider);
        IsLoaded = true;
        KnowledgeLog.Loaded(logger, Knowledge.Count, items.Count, load.SkippedFiles.Count, path);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// A store that does not answer at start-up must not keep the files from being answered: the items
    /// follow at the first check that reaches the store (the applied version stays unknown until then).
    private async Task<List<(PublishedArticle Article, string ETag)>> ReadPublishedAsync(CancellationToken cancellationToken)
    {
        try
        {
            var version = await published.VersionAsync(cancellationToken);
            var items = await published.ListAsync(cancellationToken);
            appliedVersion = version;
            return items;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            KnowledgeLog.PublishedCheckFailed(logger, ex);
            return [];
        }
    }

    /// Brings the published items of the index up to the store's; does nothing while the version is unchanged.
    internal async Task SyncPublishedAsync(CancellationToken cancellationToken)
    {
        await syncGate.WaitAsync(cancellationToken);
        try
        {
            var version = await published.VersionAsync(cancellationToken);
            if (!IsLoaded || version == appliedVersion)
            {
                return;
            }

            var items = await published.ListAsync(cancellationToken);
            var current = new Dictionary<string, string>(StringComparer.Ordinal);
            var upserted = 0;
            foreach (var (article, etag) in items.Where(item => Knowledge.Get(item.Article.Id)?.SourcePath is null))
            {
                current[article.Id] = etag;
                if (appliedETags.GetValueOrDefault(article.Id) != etag)
                {
                    Knowledge.Upsert(ToDocument(article));
                    upserted++;
                }
            }

            var withdrawn = appliedETags.Keys.Where(id => !current.ContainsKey(id)).ToList();
            withdrawn.ForEach(id => Knowledge.Remove(id));
            (appliedETags, appliedVersion) = (current, version);
            KnowledgeLog.PublishedApplied(logger, upserted, withdrawn.Count);
        }
        finally
        {
            syncGate.Release();
        }
    }

    public void Dispose()
    {
        watcher?.Dispose();
        syncGate.Dispose();
    }

    /// Published items are best practices; the day of publication is their date.
    internal static KnowledgeDocument ToDocument(PublishedArticle article) => new Article
    {
        Id = article.Id,
        Type = DocumentType.BestPractice,
        Title = article.Title,
        Markdown = article.Markdown,
        Topics = article.Topics,
        Date = DateOnly.FromDateTime(article.PublishedAt.UtcDateTime),
        Sources = article.Sources,
        Region = article.Region,
        Contact = article.Contact,
    }.ToDocument();

    private static string? Resolve(string configured, string contentRoot)
    {
        if (Path.IsPathRooted(configured))
        {
            return Directory.Exists(configured) ? configured : null;
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, configured);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
