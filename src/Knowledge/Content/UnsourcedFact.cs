namespace KommunalBot.Knowledge.Content;

/// <summary>
/// A fact an editor should give a source (rule: knowledge/README.md, section "Facts without a source").
/// </summary>
/// <param name="DocumentId">Id of the document, or <c>glossar</c> for a glossary entry.</param>
/// <param name="File">File relative to the knowledge folder (<c>steckbriefe/wohngeld.yaml</c>), or null for a document published programmatically.</param>
/// <param name="Line">1-based line of the field in the file; 0 when unknown.</param>
/// <param name="Field">Field path as in load problems, e.g. <c>status.laender[2]</c>, <c>quellen</c> or <c>[12].quelle</c>.</param>
/// <param name="Missing">What is missing, in German with an English gloss.</param>
public sealed record UnsourcedFact(string DocumentId, string? File, int Line, string Field, string Missing)
{
    /// <inheritdoc />
    public override string ToString() => $"{File ?? DocumentId}:{Line}: {Field}: {Missing}";
}
