namespace KommunalBot.Knowledge.Search;

/// <summary>
/// A scored document: index in the snapshot, final score, name-field score of content words, share of query
/// words covered, and share of content words (not facet words) covered.
/// </summary>
internal readonly record struct ScoredDocument(int DocIndex, float Score, float NameScore, float Coverage, float ContentCoverage);
