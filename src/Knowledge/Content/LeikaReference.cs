namespace KommunalBot.Knowledge.Content;

/// <summary>Reference to a LeiKa-Leistung (14-digit key).</summary>
public sealed record LeikaReference(string Schluessel, string? Name)
{
    /// <summary>URL of the source (one of the document's <c>quellen</c>) that assigns this key, if named.</summary>
    public string? Quelle { get; init; }
}
