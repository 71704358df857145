namespace KommunalBot.Knowledge.Content;

/// <summary>A compatible Fachverfahren (product) with vendor and interface.</summary>
public sealed record FachverfahrenEntry(string Produkt, string? Hersteller, string? Schnittstelle, string? Hinweis, string? Quelle);
