namespace KommunalBot.Knowledge.Content;

/// <summary>Result of loading one content file.</summary>
internal sealed record FileLoad(IReadOnlyList<KnowledgeDocument> Documents, IReadOnlyList<GlossaryEntry> Glossary, IReadOnlyList<LoadProblem> Problems);
