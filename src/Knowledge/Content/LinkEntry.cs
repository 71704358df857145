namespace KommunalBot.Knowledge.Content;

/// <summary>A titled link.</summary>
public sealed record LinkEntry(string Titel, string Url);
