namespace KommunalBot.Knowledge.Content;

/// <summary>A functional contact (no personal names).</summary>
public sealed record Kontakt(string? Rolle, string? Name, string? Email, string? Url, string? Telefon)
{
    /// <summary>URL of the source (one of the document's <c>quellen</c>) that names this contact, if given.</summary>
    public string? Quelle { get; init; }
}
