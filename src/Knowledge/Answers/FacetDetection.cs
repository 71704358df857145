namespace KommunalBot.Knowledge.Answers;

/// <summary>
/// Facet of a question, the stems that asked for it, whether it asks for catalogue data, whether any facet word
/// was seen, and whether it names the LeiKa (then LeiKa rows come before OZG rows).
/// </summary>
internal sealed record FacetDetection(Facet Facet, HashSet<string> FacetStems, bool CatalogIntent, bool HasFacetWords, bool LeikaIntent = false);
