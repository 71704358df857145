namespace KommunalBot.Knowledge.Content;

/// <summary>Status of a service in one Land.</summary>
public sealed record LandStatus(string Land, string Status, string? Stand)
{
    /// <summary>URL of the source (one of the document's <c>quellen</c>) that backs this status, if named.</summary>
    public string? Quelle { get; init; }
}
