namespace KommunalBot.Knowledge.Content;

/// <summary>A transport route (e.g. FIT-Connect, OSCI/XTA) with details.</summary>
public sealed record TransportwegEntry(string Weg, string? Details, string? Quelle);
