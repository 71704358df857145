namespace KommunalBot.Knowledge.Content;

/// <summary>Rollout status: a summary and optional per-Land entries.</summary>
public sealed record ServiceStatus(string Zusammenfassung, IReadOnlyList<LandStatus> Laender);
