namespace KommunalBot.Knowledge.Content;

/// <summary>Glossary term with abbreviations and synonyms; all variants expand each other in queries.</summary>
public sealed record GlossaryEntry(string Begriff, IReadOnlyList<string> Abkuerzungen, IReadOnlyList<string> Synonyme, string? Erklaerung, string? Quelle);
