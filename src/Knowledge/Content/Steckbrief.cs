namespace KommunalBot.Knowledge.Content;

/// <summary>Facts of an EfA-Steckbrief, exactly as written in its YAML file.</summary>
public sealed record Steckbrief
{
    /// <summary>OZG reference (id, Leistung, Themenfeld, Lebenslage); null when no source names it.</summary>
    public OzgReference? Ozg { get; init; }

    /// <summary>LeiKa services covered.</summary>
    public IReadOnlyList<LeikaReference> Leika { get; init; } = [];

    /// <summary>Land that implements the service, or "Bund".</summary>
    public required string UmsetzendesLand { get; init; }

    /// <summary>Lead ministry or body.</summary>
    public string? Federfuehrung { get; init; }

    /// <summary>Operator(s).</summary>
    public string? Betreiber { get; init; }

    /// <summary>Rollout status summary and per Land.</summary>
    public required ServiceStatus Status { get; init; }

    /// <summary>Whether it is a Fokusleistung.</summary>
    public bool? Fokusleistung { get; init; }

    /// <summary>Compatible Fachverfahren (specialist procedures) with vendors.</summary>
    public IReadOnlyList<FachverfahrenEntry> Fachverfahren { get; init; } = [];

    /// <summary>Data exchange standards (e.g. XEinbürgerung).</summary>
    public IReadOnlyList<string> Fachstandard { get; init; } = [];

    /// <summary>Transport routes into the municipality.</summary>
    public IReadOnlyList<TransportwegEntry> Transportwege { get; init; } = [];

    /// <summary>Re-use models and costs.</summary>
    public Nachnutzung? Nachnutzung { get; init; }

    /// <summary>Payment provider text.</summary>
    public string? Zahlung { get; init; }

    /// <summary>User account text.</summary>
    public string? Nutzerkonto { get; init; }

    /// <summary>Ordered connection steps.</summary>
    public IReadOnlyList<string> Anbindung { get; init; } = [];

    /// <summary>Functional contacts.</summary>
    public IReadOnlyList<Kontakt> Kontakte { get; init; } = [];

    /// <summary>Further links.</summary>
    public IReadOnlyList<LinkEntry> Links { get; init; } = [];
}
