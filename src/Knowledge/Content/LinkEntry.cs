namespace KommunalBot.Knowledge.Content;

/// <summary>A titled link.</summary>
public sealed record LinkEntry(string Titel, string Url)
{
    /// <summary>URL of the source (one of the document's <c>quellen</c>) that names this link, if given.</summary>
    public string? Quelle { get; init; }
}
