namespace KommunalBot.Knowledge.Content;

/// <summary>Result of loading a knowledge folder.</summary>
public sealed record LoadResult
{
    /// <summary>Documents loaded (empty when a strict load failed).</summary>
    public required IReadOnlyList<KnowledgeDocument> Documents { get; init; }

    /// <summary>Glossary entries for query expansion.</summary>
    public required IReadOnlyList<GlossaryEntry> Glossary { get; init; }

    /// <summary>Every problem found, with file, line and field.</summary>
    public required IReadOnlyList<LoadProblem> Problems { get; init; }

    /// <summary>Files skipped because of problems (lenient mode).</summary>
    public required IReadOnlyList<string> SkippedFiles { get; init; }

    /// <summary>LeiKa rows without key ("nicht im LeiKa"), skipped by design.</summary>
    public int SkippedCatalogRows { get; init; }

    /// <summary>False when a strict load found problems.</summary>
    public required bool Succeeded { get; init; }
}
