namespace KommunalBot.Knowledge.Content;

/// <summary>Reference to a LeiKa-Leistung (14-digit key).</summary>
public sealed record LeikaReference(string Schluessel, string? Name);
