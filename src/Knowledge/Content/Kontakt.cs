namespace KommunalBot.Knowledge.Content;

/// <summary>A functional contact (no personal names).</summary>
public sealed record Kontakt(string? Rolle, string? Name, string? Email, string? Url, string? Telefon);
