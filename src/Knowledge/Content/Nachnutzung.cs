namespace KommunalBot.Knowledge.Content;

/// <summary>Re-use models and costs of a service.</summary>
public sealed record Nachnutzung(IReadOnlyList<string> Modelle, string? Kosten, string? Details)
{
    /// <summary>URL of the source (one of the document's <c>quellen</c>) that backs this section, if named.</summary>
    public string? Quelle { get; init; }
}
