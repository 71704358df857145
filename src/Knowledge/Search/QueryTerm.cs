namespace KommunalBot.Knowledge.Search;

/// <summary>
/// A term to score: index term id, weight, which query word (slot) it stands for, and whether it may name a
/// service: the word itself, a content part of it, a glossary variant or a reliable typo correction may; a
/// generic head ("-antrag") or a word that merely begins a compound may not.
/// </summary>
internal readonly record struct QueryTerm(int TermId, float Weight, int Slot, bool Names = false);
