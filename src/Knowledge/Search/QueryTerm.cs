namespace KommunalBot.Knowledge.Search;

/// <summary>A term to score: index term id, weight, and which query word (slot) it stands for.</summary>
internal readonly record struct QueryTerm(int TermId, float Weight, int Slot);
