using KommunalBot.Bot.Operations;
using KommunalBot.Knowledge;
using KommunalBot.Knowledge.Content;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Ask;

/// Loads the knowledge base at start-up (lenient: a broken file is skipped and logged with file, line and
/// field) and keeps it current: changed files are searchable within a second, without a restart.
internal sealed class KnowledgeHost(IOptions<AskOptions> options, IHostEnvironment environment, TimeProvider timeProvider, ILogger<KnowledgeHost> logger)
    : IHostedService, IReadinessCheck, IDisposable
{
    private KnowledgeWatcher? watcher;

    public KnowledgeBase Knowledge { get; private set; } = new([]);

    public bool IsLoaded { get; private set; }

    public string Name => "knowledge";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var path = Resolve(options.Value.KnowledgePath, environment.ContentRootPath);
        if (path is null)
        {
            AskLog.KnowledgeMissing(logger, options.Value.KnowledgePath);
            return Task.CompletedTask;
        }

        var load = KnowledgeLoader.Load(path, LoadMode.Lenient);
        foreach (var problem in load.Problems)
        {
            AskLog.KnowledgeProblem(logger, problem.ToString());
        }

        Knowledge = KnowledgeBase.Create(load, timeProvider);
        watcher = new KnowledgeWatcher(Knowledge, path, timeProvider: timeProvider);
        IsLoaded = true;
        AskLog.KnowledgeLoaded(logger, load.Documents.Count, load.SkippedFiles.Count, path);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<bool> IsReadyAsync(CancellationToken cancellationToken) => Task.FromResult(IsLoaded);

    public void Dispose() => watcher?.Dispose();

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
