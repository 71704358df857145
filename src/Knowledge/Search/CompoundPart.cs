namespace KommunalBot.Knowledge.Search;

/// <summary>One part of a split query word: the surface word, its index term, and whether it is a facet word.</summary>
internal readonly record struct CompoundPart(string Word, string Term, bool IsFacetWord);
