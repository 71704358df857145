namespace KommunalBot.Bot.Storage;

/// A JSON document store with optimistic concurrency, shaped like the Bot Framework's storage:
/// get, put with if-match / if-none-match, delete, list by key prefix. Features own their key schemes.
public interface IDocumentStore
{
    Task<StoredDocument?> GetAsync(string key, CancellationToken cancellationToken);

    /// Writes the document. <paramref name="condition"/> decides races: exactly one of two
    /// conflicting writers wins, the other gets <see cref="PutOutcome.Conflict"/>.
    Task<PutResult> PutAsync(string key, string json, PutCondition condition, CancellationToken cancellationToken);

    /// Deletes the document; with an etag only when it still matches. Returns false when nothing was deleted.
    Task<bool> DeleteAsync(string key, string? ifMatchETag, CancellationToken cancellationToken);

    /// Documents whose key starts with <paramref name="prefix"/>, ordered by key.
    IAsyncEnumerable<StoredDocument> ListAsync(string prefix, CancellationToken cancellationToken);

    /// True when the backend answers (used by /readyz).
    Task<bool> PingAsync(CancellationToken cancellationToken);
}

public sealed record StoredDocument(string Key, string Json, string ETag);

/// None: write unconditionally. IfNoneMatch("*"): create only. IfMatch(etag): replace only that version.
public sealed record PutCondition(string? IfMatch, bool IfNoneExists)
{
    public static PutCondition None { get; } = new(null, false);
    public static PutCondition CreateOnly { get; } = new(null, true);
    public static PutCondition Matching(string etag) => new(etag, false);
}

public enum PutOutcome { Written, Conflict }

public sealed record PutResult(PutOutcome Outcome, string? ETag);
