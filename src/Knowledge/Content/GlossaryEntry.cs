namespace KommunalBot.Knowledge.Content;

/// <summary>Glossary term with abbreviations and synonyms; all variants expand each other in queries.</summary>
public sealed record GlossaryEntry(string Begriff, IReadOnlyList<string> Abkuerzungen, IReadOnlyList<string> Synonyme, string? Erklaerung, string? Quelle)
{
    /// <summary>File the entry was loaded from, or null when created programmatically.</summary>
    public string? SourcePath { get; init; }
}
