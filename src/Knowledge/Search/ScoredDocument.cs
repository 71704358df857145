namespace KommunalBot.Knowledge.Search;

/// <summary>A scored document: index in the snapshot, final score, name-field score, share of query words covered.</summary>
internal readonly record struct ScoredDocument(int DocIndex, float Score, float NameScore, float Coverage);
