namespace KommunalBot.Knowledge.Answers;

/// <summary>
/// Facet of a question, the stems that asked for it, whether it asks for catalogue data, whether any facet word
/// was seen, and whether it names the LeiKa (then LeiKa rows come before OZG rows). <see cref="Facets"/> holds the
/// facet and, for a question in two parts ("… und was kostet das?"), the second one.
/// </summary>
internal sealed record FacetDetection(Facet Facet, HashSet<string> FacetStems, bool CatalogIntent, bool HasFacetWords, bool LeikaIntent = false)
{
    public IReadOnlyList<Facet> Facets { get; init; } = [Facet];
}
