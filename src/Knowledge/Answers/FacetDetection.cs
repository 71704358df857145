namespace KommunalBot.Knowledge.Answers;

/// <summary>Facet of a question, the stems that asked for it, whether it asks for catalogue data, and whether any facet word was seen.</summary>
internal sealed record FacetDetection(Facet Facet, HashSet<string> FacetStems, bool CatalogIntent, bool HasFacetWords);
