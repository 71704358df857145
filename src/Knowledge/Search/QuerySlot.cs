namespace KommunalBot.Knowledge.Search;

/// <summary>
/// One word slot: the normalised word, its span in the normalised question, and its index term. A compound the
/// index does not know is split into one slot per content part ("Hundeführerschein" → hund, führerschein), so a
/// document must contain every part to cover the word.
/// </summary>
internal readonly record struct QuerySlot(string Word, int Start, int Length, string Term);
