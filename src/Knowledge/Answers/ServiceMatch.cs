using KommunalBot.Knowledge.Content;

namespace KommunalBot.Knowledge.Answers;

/// <summary>A service (Steckbrief or catalogue entry) the question is about, with a relative score in [0,1].</summary>
public sealed record ServiceMatch(string Id, string Name, DocumentType Type, double Score);
