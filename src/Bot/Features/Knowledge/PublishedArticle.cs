using KommunalBot.Knowledge.Content;

namespace KommunalBot.Bot.Features.Knowledge;

/// A best practice an editor approved, as another feature hands it to <see cref="IKnowledgePublisher"/>.
public sealed record PublishedArticle
{
    /// Kebab-case and unique; the id of a file in the knowledge folder cannot be taken.
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Markdown { get; init; }

    /// At least one.
    public required IReadOnlyList<string> Topics { get; init; }

    /// e.g. "Bayern", "NRW"; null when it applies everywhere.
    public string? Region { get; init; }

    /// At least one: every answer shows where its facts come from.
    public required IReadOnlyList<Source> Sources { get; init; }

    /// Whom to ask (organisation, team); searchable.
    public string? Contact { get; init; }

    public required DateTimeOffset PublishedAt { get; init; }
}
