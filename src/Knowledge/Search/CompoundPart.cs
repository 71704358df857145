namespace KommunalBot.Knowledge.Search;

/// <summary>One part of a split query word: the surface word and its index term.</summary>
internal readonly record struct CompoundPart(string Word, string Term);
