namespace KommunalBot.Bot.Features.Ask.Assistant;

/// Outcome of <see cref="CitationCheck"/>: the phrased answer, or the reason code it was refused for.
internal abstract record CitationCheckResult
{
    public sealed record Accepted(PhrasedAnswer Answer) : CitationCheckResult;

    public sealed record Rejected(string Reason) : CitationCheckResult;
}
