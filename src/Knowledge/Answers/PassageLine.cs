namespace KommunalBot.Knowledge.Answers;

/// <summary>
/// One output line of a passage: its text, the block it comes from, whether it is a list item (items of one block
/// are apart by a single line break) and whether it is a heading or lead-in (never the last line of a cut passage).
/// </summary>
internal readonly record struct PassageLine(string Text, int Block, bool Item, bool Header);
