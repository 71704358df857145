namespace KommunalBot.Knowledge;

/// <summary>Which documents a change added, replaced or removed, and the new snapshot version.</summary>
public sealed class KnowledgeChangedEventArgs(IReadOnlyList<string> upserted, IReadOnlyList<string> removed, long version) : EventArgs
{
    /// <summary>Ids added or replaced.</summary>
    public IReadOnlyList<string> Upserted { get; } = upserted;

    /// <summary>Ids removed.</summary>
    public IReadOnlyList<string> Removed { get; } = removed;

    /// <summary>Snapshot version now searchable.</summary>
    public long Version { get; } = version;
}
