using KommunalBot.Knowledge.Content;

namespace KommunalBot.Knowledge.Search;

/// <summary>A search request: free text plus optional filters.</summary>
public sealed record SearchQuery
{
    /// <summary>Free text (German; umlauts, typos and compounds are tolerated).</summary>
    public required string Text { get; init; }

    /// <summary>Number of hits to return.</summary>
    public int Top { get; init; } = 10;

    /// <summary>Only these document types (null: all).</summary>
    public IReadOnlyCollection<DocumentType>? Types { get; init; }

    /// <summary>Only documents of this Land or region (case-insensitive; null: all).</summary>
    public string? Land { get; init; }

    /// <summary>Only documents whose status contains this text (case-insensitive; null: all).</summary>
    public string? Status { get; init; }

    /// <summary>Only documents with this topic / Themenfeld (case-insensitive; null: all).</summary>
    public string? Topic { get; init; }
}
