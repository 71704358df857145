namespace KommunalBot.Knowledge.Answers;

/// <summary>A supporting text passage with matches marked <c>**bold**</c>.</summary>
public sealed record Passage(string DocumentId, string Title, string Snippet, double Score);
