namespace KommunalBot.Knowledge.Text;

/// <summary>A word of normalised text with its ordinal position and character span in the normalised text.</summary>
internal readonly record struct Token(string Text, int Position, int Start, int Length);
