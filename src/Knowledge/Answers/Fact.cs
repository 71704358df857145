namespace KommunalBot.Knowledge.Answers;

/// <summary>A fact copied from a document field (never generated): label, value and the source it cites, if any.</summary>
public sealed record Fact(string Label, string Value, string? SourceUrl);
