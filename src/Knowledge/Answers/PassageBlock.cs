namespace KommunalBot.Knowledge.Answers;

/// <summary>
/// One unit an answer is made of: a paragraph, a list or table, or a lead-in ("**Ablauf:**") with what it
/// introduces. <see cref="Lines"/> are card Markdown: the paragraph, or one line per list item or table row
/// ("1. …", "- …", nested items indented). <see cref="Heading"/> is the section the block stands under.
/// </summary>
internal sealed record PassageBlock(string? Heading, string? Lead, IReadOnlyList<string> Lines, bool IsList);
