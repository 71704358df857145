namespace KommunalBot.Knowledge.Content;

/// <summary>Facts of an OZG or LeiKa catalogue row (2019 snapshot).</summary>
public sealed record CatalogEntry
{
    /// <summary>OZG-ID (the OZG-Leistung itself, or the one a LeiKa-Leistung belongs to).</summary>
    public required string OzgId { get; init; }

    /// <summary>Name of the OZG-Leistung.</summary>
    public required string OzgLeistung { get; init; }

    /// <summary>Themenfeld (OZG rows only).</summary>
    public string? Themenfeld { get; init; }

    /// <summary>Lebenslage (OZG rows only).</summary>
    public string? Lebenslage { get; init; }

    /// <summary>LeiKa key (LeiKa rows only).</summary>
    public string? LeikaKey { get; init; }

    /// <summary>LeiKa Typisierung (LeiKa rows only).</summary>
    public string? Typisierung { get; init; }

    /// <summary>Legal basis as given (LeiKa rows only).</summary>
    public string? Rechtsgrundlage { get; init; }

    /// <summary>LeiKa services of an OZG-Leistung (OZG rows only).</summary>
    public IReadOnlyList<LeikaReference> LeikaLeistungen { get; init; } = [];
}
