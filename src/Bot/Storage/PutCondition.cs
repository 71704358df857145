namespace KommunalBot.Bot.Storage;

/// None: write unconditionally. CreateOnly (If-None-Match: *): create only. Matching(etag): replace only that version.
/// The constructor is private so "create-only and if-match at once" cannot be expressed.
public sealed record PutCondition
{
    private PutCondition(string? ifMatch, bool ifNoneExists) => (IfMatch, IfNoneExists) = (ifMatch, ifNoneExists);

    public string? IfMatch { get; }

    public bool IfNoneExists { get; }

    public static PutCondition None { get; } = new(null, false);

    public static PutCondition CreateOnly { get; } = new(null, true);

    public static PutCondition Matching(string etag)
    {
        ArgumentException.ThrowIfNullOrEmpty(etag);
        return new(etag, false);
    }
}
