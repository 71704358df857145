namespace KommunalBot.Knowledge.Search;

/// <summary>Ranked hits, best first, and the analysed query terms that were searched.</summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, IReadOnlyList<string> QueryTerms);
