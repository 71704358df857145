namespace KommunalBot.Knowledge.Content;

/// <summary>Result of loading the catalogue folder.</summary>
internal sealed record CatalogLoad(IReadOnlyList<KnowledgeDocument> Documents, int SkippedRows, IReadOnlyList<LoadProblem> Problems);
