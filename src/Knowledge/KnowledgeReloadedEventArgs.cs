using KommunalBot.Knowledge.Content;

namespace KommunalBot.Knowledge;

/// <summary>Outcome of applying changed files: ids updated or removed, and problems of rejected files.</summary>
public sealed class KnowledgeReloadedEventArgs(IReadOnlyList<string> upserted, IReadOnlyList<string> removed, IReadOnlyList<LoadProblem> problems) : EventArgs
{
    /// <summary>Ids added or replaced.</summary>
    public IReadOnlyList<string> Upserted { get; } = upserted;

    /// <summary>Ids removed.</summary>
    public IReadOnlyList<string> Removed { get; } = removed;

    /// <summary>Problems of files that were not applied (their previous version stays).</summary>
    public IReadOnlyList<LoadProblem> Problems { get; } = problems;
}
