namespace KommunalBot.Bot.Features.Ask;

/// What editors should write next: questions the bot could not answer or that users rated unhelpful,
/// grouped by their normalised text, most frequent first.
internal sealed record KnowledgeGap
{
    public required string Question { get; init; }
    public required int Count { get; init; }
    public required int Unanswered { get; init; }
    public required int Unhelpful { get; init; }
    public required DateTimeOffset LastAskedUtc { get; init; }
    public required IReadOnlyList<string> ServiceIds { get; init; }
    public required IReadOnlyList<string> Reasons { get; init; }
}
