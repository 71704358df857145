namespace KommunalBot.Knowledge.Content;

/// <summary>Reference to an OZG-Leistung.</summary>
public sealed record OzgReference(string Id, string Leistung, string Themenfeld, string? Lebenslage);
