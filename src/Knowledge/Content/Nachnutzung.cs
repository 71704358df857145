namespace KommunalBot.Knowledge.Content;

/// <summary>Re-use models and costs of a service.</summary>
public sealed record Nachnutzung(IReadOnlyList<string> Modelle, string? Kosten, string? Details);
