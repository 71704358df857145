namespace KommunalBot.Knowledge.Text;

/// <summary>A token after analysis: index term, surface word, position and span in the normalised text.</summary>
internal readonly record struct AnalyzedToken(string Term, string Word, int Position, int Start, int Length);
