using KommunalBot.Knowledge.Content;

namespace KommunalBot.Knowledge;

/// <summary>
/// Watches a knowledge folder and applies changed, added and deleted files to a <see cref="KnowledgeBase"/>
/// after a short debounce. A broken file keeps its previous version and is reported in
/// <see cref="Reloaded"/>; nothing is dropped silently.
/// </summary>
public sealed class KnowledgeWatcher : IDisposable
{
    private readonly KnowledgeBase _knowledgeBase;
    private readonly string _root;
    private readonly TimeSpan _debounce;
    private readonly FileSystemWatcher _watcher;
    private readonly ITimer _timer;
    private readonly Lock _pendingLock = new();
    private readonly Lock _applyLock = new();
    private HashSet<string> _pending = new(StringComparer.Ordinal);

    /// <summary>Starts watching <paramref name="rootDirectory"/>.</summary>
    /// <param name="knowledgeBase">Knowledge base to update.</param>
    /// <param name="rootDirectory">The knowledge folder that was loaded into it.</param>
    /// <param name="debounce">Quiet time before changes are applied (default 200 ms).</param>
    /// <param name="timeProvider">Clock for the debounce timer.</param>
    public KnowledgeWatcher(KnowledgeBase knowledgeBase, string rootDirectory, TimeSpan? debounce = null, TimeProvider? timeProvider = null)
    {
        _knowledgeBase = knowledgeBase;
        _root = Path.GetFullPath(rootDirectory);
        _debounce = debounce ?? TimeSpan.FromMilliseconds(200);
        _timer = (timeProvider ?? TimeProvider.System).CreateTimer(_ => ApplyPending(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _watcher = new FileSystemWatcher(_root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
        };
        _watcher.Changed += (_, e) => Enqueue(e.FullPath);
        _watcher.Created += (_, e) => Enqueue(e.FullPath);
        _watcher.Deleted += (_, e) => Enqueue(e.FullPath);
        _watcher.Renamed += (_, e) =>
        {
            Enqueue(e.OldFullPath);
            Enqueue(e.FullPath);
        };
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Raised after changed files have been applied (or rejected with problems).</summary>
    public event EventHandler<KnowledgeReloadedEventArgs>? Reloaded;

    /// <summary>Queues a file as changed, as if the file system had reported it.</summary>
    internal void Enqueue(string path)
    {
        if (!IsContentPath(path))
        {
            return;
        }

        lock (_pendingLock)
        {
            _pending.Add(Path.GetFullPath(path));
        }

        _timer.Change(_debounce, Timeout.InfiniteTimeSpan);
    }

    private bool IsContentPath(string path) =>
        path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".md", StringComparison.Ordinal) || path.EndsWith(".jsonl", StringComparison.Ordinal);

    /// <summary>Applies all queued files now (the debounce timer calls this).</summary>
    internal void ApplyPending()
    {
        HashSet<string> paths;
        lock (_pendingLock)
        {
            paths = _pending;
            _pending = new HashSet<string>(StringComparer.Ordinal);
        }

        if (paths.Count == 0)
        {
            return;
        }

        lock (_applyLock)
        {
            var problems = new List<LoadProblem>();
            var upserts = new List<KnowledgeDocument>();
            var removals = new List<string>();
            IReadOnlyList<GlossaryEntry>? glossary = null;
            var catalogDone = false;
            foreach (var path in paths.Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(_root, path).Replace('\\', '/');
                if (relative.StartsWith(KnowledgeLoader.CatalogFolder + "/", StringComparison.Ordinal))
                {
                    if (!catalogDone)
                    {
                        catalogDone = true;
                        ReloadCatalog(upserts, removals, problems);
                    }
                }
                else if (relative == KnowledgeLoader.GlossaryFile)
                {
                    glossary = ReloadGlossary(path, problems) ?? glossary;
                }
                else if (IsWatchedContent(relative) || _knowledgeBase.IdsFromFile(path).Count > 0)
                {
                    ReloadFile(path, upserts, removals, problems);
                }
            }

            if (upserts.Count > 0 || removals.Count > 0 || glossary is not null)
            {
                _knowledgeBase.Apply(upserts, removals, glossary);
            }

            Reloaded?.Invoke(this, new KnowledgeReloadedEventArgs([.. upserts.Select(d => d.Id)], removals, problems));
        }
    }

    private static bool IsWatchedContent(string relative) =>
        (relative.StartsWith(KnowledgeLoader.SteckbriefFolder + "/", StringComparison.Ordinal) && relative.EndsWith(".yaml", StringComparison.Ordinal))
        || (relative.StartsWith(KnowledgeLoader.FaqFolder + "/", StringComparison.Ordinal) && relative.EndsWith(".md", StringComparison.Ordinal))
        || (relative.StartsWith(KnowledgeLoader.BestPracticeFolder + "/", StringComparison.Ordinal) && relative.EndsWith(".md", StringComparison.Ordinal));

    private void ReloadFile(string path, List<KnowledgeDocument> upserts, List<string> removals, List<LoadProblem> problems)
    {
        var previous = _knowledgeBase.IdsFromFile(path);
        if (!File.Exists(path))
        {
            removals.AddRange(previous);
            return;
        }

        var load = KnowledgeLoader.LoadFile(path);
        if (load.Problems.Count > 0)
        {
            problems.AddRange(load.Problems);
            return; // keep the previous version of a broken file
        }

        foreach (var document in load.Documents)
        {
            var existing = _knowledgeBase.Get(document.Id);
            if (existing is not null && existing.SourcePath != path)
            {
                problems.Add(new LoadProblem(path, 1, "id", $"doppelte id '{document.Id}' (duplicate id, first in {existing.SourcePath})"));
                return;
            }
        }

        upserts.AddRange(load.Documents);
        removals.AddRange(previous.Where(id => load.Documents.All(d => d.Id != id)));
    }

    private void ReloadCatalog(List<KnowledgeDocument> upserts, List<string> removals, List<LoadProblem> problems)
    {
        var catalog = KnowledgeLoader.LoadCatalog(Path.Combine(_root, KnowledgeLoader.CatalogFolder));
        problems.AddRange(catalog.Problems);
        var previous = _knowledgeBase.IdsFromFile(Path.Combine(_root, KnowledgeLoader.CatalogFolder, KnowledgeLoader.OzgFile))
            .Concat(_knowledgeBase.IdsFromFile(Path.Combine(_root, KnowledgeLoader.CatalogFolder, KnowledgeLoader.LeikaFile)));
        var current = catalog.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        removals.AddRange(previous.Where(id => !current.Contains(id)));
        upserts.AddRange(catalog.Documents);
    }

    private static IReadOnlyList<GlossaryEntry>? ReloadGlossary(string path, List<LoadProblem> problems)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var load = KnowledgeLoader.LoadFile(path);
        problems.AddRange(load.Problems);
        return load.Problems.Count > 0 ? null : load.Glossary;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _watcher.Dispose();
        _timer.Dispose();
    }
}
