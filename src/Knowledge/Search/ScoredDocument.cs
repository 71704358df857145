namespace KommunalBot.Knowledge.Search;

/// <summary>
/// A scored document: index in the snapshot, final score, name-field score of content words, share of query
/// words covered, share of content words (not facet words) covered, and which query slots the document covers
/// fully (<paramref name="Covered"/>) or only through weak matches such as typo corrections (<paramref name="WeakCovered"/>).
/// </summary>
internal readonly record struct ScoredDocument(int DocIndex, float Score, float NameScore, float Coverage, float ContentCoverage, ulong Covered = 0, ulong WeakCovered = 0);
