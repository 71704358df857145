namespace KommunalBot.Bot.Features.Consult;

/// A FAQ entry drafted from a closed consulting request (`consult/draft/{requestId}`), waiting for an editor: the
/// request's topic and question as title, the question, the advisor's resolution as answer, and where it came from.
internal sealed record DraftFaq
{
    public required string RequestId { get; init; }
    public required string Title { get; init; }
    public required string Question { get; init; }
    public required string Answer { get; init; }
    public required IReadOnlyList<string> Topics { get; init; }

    /// "Beratung BK-2026-0042": shown as the source of the published entry.
    public required string Source { get; init; }
    public required string CreatedBy { get; init; }
    public required DateTimeOffset CreatedUtc { get; init; }
}
