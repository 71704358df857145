namespace KommunalBot.Knowledge.Content;

/// <summary>Status of a service in one Land.</summary>
public sealed record LandStatus(string Land, string Status, string? Stand);
