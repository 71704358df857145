namespace KommunalBot.Knowledge.Content;

/// <summary>A problem found while loading: file, 1-based line, field path and message.</summary>
public sealed record LoadProblem(string File, int Line, string? Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Field is null ? $"{File}:{Line}: {Message}" : $"{File}:{Line}: {Field}: {Message}";
}
