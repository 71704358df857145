using KommunalBot.Knowledge.Answers;
using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Search;
using KommunalBot.Knowledge.Text;

namespace KommunalBot.Knowledge;

/// <summary>
/// The searchable knowledge base. Holds an immutable index snapshot that is replaced atomically after
/// every change, so any number of threads can search while a writer updates.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly Lock _writeLock = new();
    private readonly IndexBuilder _builder = new();
    private readonly TimeProvider _timeProvider;
    private Dictionary<string, KnowledgeDocument> _documents;
    private Dictionary<string, DateTimeOffset> _changed;
    private IReadOnlyList<GlossaryEntry> _glossary;
    private IndexSnapshot _snapshot;

    /// <summary>Creates a knowledge base over the given documents and glossary.</summary>
    /// <param name="documents">Documents; later duplicates of an id replace earlier ones.</param>
    /// <param name="glossary">Glossary for query expansion.</param>
    /// <param name="timeProvider">Clock for change times (default: system clock).</param>
    public KnowledgeBase(IEnumerable<KnowledgeDocument> documents, IEnumerable<GlossaryEntry>? glossary = null, TimeProvider? timeProvider = null)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
        _documents = new Dictionary<string, KnowledgeDocument>(StringComparer.Ordinal);
        _changed = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            _documents[document.Id] = document;
            if (document.Date is { } date)
            {
                _changed[document.Id] = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            }
        }

        _glossary = glossary?.ToList() ?? [];
        _snapshot = _builder.Build([.. _documents.Values], _glossary);
    }

    /// <summary>Creates a knowledge base from a load result (see <see cref="KnowledgeLoader.Load"/>).</summary>
    public static KnowledgeBase Create(LoadResult load, TimeProvider? timeProvider = null) => new(load.Documents, load.Glossary, timeProvider);

    /// <summary>Raised after a change has been applied and is searchable.</summary>
    public event EventHandler<KnowledgeChangedEventArgs>? Changed;

    /// <summary>Number of documents.</summary>
    public int Count => Volatile.Read(ref _snapshot).Documents.Length;

    /// <summary>Version of the current snapshot; increases with every change.</summary>
    public long Version => Volatile.Read(ref _snapshot).Version;

    /// <summary>Ranked search with filters; hits carry highlighted snippets.</summary>
    /// <remarks>Only the first 1,000 characters of the text are searched.</remarks>
    public SearchResults Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var index = Volatile.Read(ref _snapshot);
        var parsed = QueryParser.Parse(index, InputLimits.Clip(query.Text, InputLimits.MaxQuestionLength));
        var top = Math.Clamp(query.Top, 1, Math.Max(1, index.Documents.Length)); // more hits than documents cannot exist
        var scored = Searcher.Execute(index, parsed, query, top);
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in parsed.Terms)
        {
            terms.Add(index.Terms[term.TermId]);
        }

        var hits = new List<SearchHit>(scored.Count);
        foreach (var s in scored)
        {
            var document = index.Documents[s.DocIndex];
            hits.Add(new SearchHit(document, s.Score, Snippets.Build(document, terms, index)));
        }

        return new SearchResults(hits, [.. terms]);
    }

    /// <summary>Confidence from which an answer is reliable: the share of the question its document must explain.</summary>
    public const double AnswerThreshold = AnswerBuilder.AnswerThreshold;

    /// <summary>Answers a question: facet, services, direct facts, passages, sources and confidence.</summary>
    /// <param name="question">The user's question (German).</param>
    /// <param name="context">Previous service for follow-up questions that name none.</param>
    /// <remarks>Only the first 1,000 characters of the question are read.</remarks>
    public Answer Answer(string question, AnswerContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        return AnswerBuilder.Build(Volatile.Read(ref _snapshot), InputLimits.Clip(question, InputLimits.MaxQuestionLength), context);
    }

    /// <summary>Document by id, or null.</summary>
    public KnowledgeDocument? Get(string id)
    {
        var index = Volatile.Read(ref _snapshot);
        return index.DocumentIndex.TryGetValue(id, out var i) ? index.Documents[i] : null;
    }

    /// <summary>
    /// Finds a Steckbrief by id, exact name or synonym (case and umlaut tolerant), else by a name the text contains
    /// (close typos included) when the text has no other words of its own; null when no service is named.
    /// </summary>
    /// <remarks>A text of more than 200 characters names no service: null.</remarks>
    public KnowledgeDocument? FindService(string nameOrId)
    {
        ArgumentNullException.ThrowIfNull(nameOrId);
        var name = nameOrId.Trim();
        if (name.Length > InputLimits.MaxNameLength)
        {
            return null;
        }

        var index = Volatile.Read(ref _snapshot);
        if (index.DocumentIndex.TryGetValue(name, out var byId) && index.Documents[byId].Type == DocumentType.Steckbrief)
        {
            return index.Documents[byId];
        }

        var wanted = Key(name);
        foreach (var document in index.Documents)
        {
            if (document.Type == DocumentType.Steckbrief && (Key(document.Title) == wanted || document.Synonyms.Any(s => Key(s) == wanted)))
            {
                return document;
            }
        }

        // "Hundeführerschein" contains the name "Führerschein", but its other word is no part of that service.
        var parsed = QueryParser.Parse(index, name);
        var candidates = index.ServiceNames.Named(parsed);
        var evidence = new Evidence(index, name, parsed, FacetDetector.Detect(""), candidates);
        var named = candidates.Where(d => evidence.ContentShare(d) >= AnswerThreshold).ToList();
        return named.Count > 0 ? index.Documents[named[0]] : null;
    }

    /// <summary>Up to <paramref name="count"/> Steckbriefe whose names come closest to a text that names none.</summary>
    public IReadOnlyList<KnowledgeDocument> SimilarServices(string text, int count)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Search(new SearchQuery { Text = text, Top = count, Types = [DocumentType.Steckbrief] }).Hits.Select(h => h.Document).ToList();
    }

    /// <summary>Group name for Steckbriefe without OZG reference in <see cref="Services"/>.</summary>
    public const string NoThemenfeld = "Ohne Themenfeld";

    /// <summary>Steckbriefe grouped by Themenfeld (sorted by name), for browsing.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<KnowledgeDocument>> Services
    {
        get
        {
            var index = Volatile.Read(ref _snapshot);
            return index.Documents
                .Where(d => d.Steckbrief is not null)
                .GroupBy(d => d.Steckbrief!.Ozg?.Themenfeld ?? NoThemenfeld, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<KnowledgeDocument>)[.. g.OrderBy(d => d.Title, StringComparer.CurrentCulture)], StringComparer.Ordinal);
        }
    }

    /// <summary>The <paramref name="count"/> most recently changed editorial documents (not catalogue rows), newest first.</summary>
    public IReadOnlyList<KnowledgeDocument> RecentlyChanged(int count)
    {
        lock (_writeLock)
        {
            return _changed
                .Where(c => _documents.TryGetValue(c.Key, out var d) && d.Catalog is null)
                .OrderByDescending(c => c.Value)
                .ThenBy(c => c.Key, StringComparer.Ordinal)
                .Take(count)
                .Select(c => _documents[c.Key])
                .ToList();
        }
    }

    /// <summary>
    /// Facts whose source is missing or unclear, for editors: documents without <c>quellen</c>, Steckbrief fact
    /// items without <c>quelle</c> when the Steckbrief has several sources, glossary explanations without
    /// <c>quelle</c> (rule: knowledge/README.md). Catalogue rows are not checked.
    /// </summary>
    /// <remarks>Reads the files of the findings again to give line numbers.</remarks>
    public IReadOnlyList<UnsourcedFact> UnsourcedFacts()
    {
        List<KnowledgeDocument> documents;
        IReadOnlyList<GlossaryEntry> glossary;
        lock (_writeLock)
        {
            documents = [.. _documents.Values];
            glossary = _glossary;
        }

        return SourceCheck.Find(documents, glossary);
    }

    /// <summary>Adds or replaces a document; it is searchable when this returns.</summary>
    public void Upsert(KnowledgeDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Apply([document], [], null);
    }

    /// <summary>Removes a document; returns false when the id is unknown.</summary>
    public bool Remove(string id)
    {
        lock (_writeLock)
        {
            if (!_documents.ContainsKey(id))
            {
                return false;
            }
        }

        Apply([], [id], null);
        return true;
    }

    /// <summary>Applies a batch of changes with one index rebuild (used by the watcher).</summary>
    internal void Apply(IReadOnlyList<KnowledgeDocument> upserts, IReadOnlyList<string> removals, IReadOnlyList<GlossaryEntry>? glossary)
    {
        IndexSnapshot snapshot;
        lock (_writeLock)
        {
            var documents = new Dictionary<string, KnowledgeDocument>(_documents, StringComparer.Ordinal);
            var changed = new Dictionary<string, DateTimeOffset>(_changed, StringComparer.Ordinal);
            var now = _timeProvider.GetUtcNow();
            foreach (var id in removals)
            {
                documents.Remove(id);
                changed.Remove(id);
            }

            foreach (var document in upserts)
            {
                documents[document.Id] = document;
                changed[document.Id] = now;
            }

            _glossary = glossary ?? _glossary;
            snapshot = _builder.Build([.. documents.Values], _glossary);
            _documents = documents;
            _changed = changed;
            Volatile.Write(ref _snapshot, snapshot);
        }

        Changed?.Invoke(this, new KnowledgeChangedEventArgs([.. upserts.Select(d => d.Id)], removals, snapshot.Version));
    }

    /// <summary>Ids of documents loaded from the given file.</summary>
    internal List<string> IdsFromFile(string path)
    {
        lock (_writeLock)
        {
            return _documents.Values.Where(d => d.SourcePath == path).Select(d => d.Id).ToList();
        }
    }

    private static string Key(string text) => TextNormalizer.FoldUmlauts(TextNormalizer.Normalize(text.Trim()));
}
