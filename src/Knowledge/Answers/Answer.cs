using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Search;

namespace KommunalBot.Knowledge.Answers;

/// <summary>
/// Structured answer: the facet asked for, the services recognised (best first), the direct facts for that
/// facet copied from document fields, supporting passages, sources, a confidence in [0,1] and
/// "did you mean" candidates when several services fit.
/// </summary>
public sealed record Answer
{
    /// <summary>Facet the question asks for.</summary>
    public required Facet Facet { get; init; }

    /// <summary>Facets asked for: one, or two for a question in two parts.</summary>
    public IReadOnlyList<Facet> Facets { get; init; } = [];

    /// <summary>Words of the question the knowledge base does not know, as written ("Vereinsfest-Anzeige").</summary>
    public IReadOnlyList<string> UnknownWords { get; init; } = [];

    /// <summary>Recognised services, best first (empty when none fits).</summary>
    public required IReadOnlyList<ServiceMatch> Services { get; init; }

    /// <summary>The passage of an article (FAQ, best practice) that answers the question, as Markdown; null otherwise.</summary>
    public string? Text { get; init; }

    /// <summary>The whole article when <see cref="Text"/> shows only part of it (the card's "Mehr anzeigen"); null otherwise.</summary>
    public string? MoreText { get; init; }

    /// <summary>Facts for the facet from the best service's fields.</summary>
    public required IReadOnlyList<Fact> DirectFacts { get; init; }

    /// <summary>Supporting passages from the best documents.</summary>
    public required IReadOnlyList<Passage> Passages { get; init; }

    /// <summary>Sources of the facts and passages (url, title, date).</summary>
    public required IReadOnlyList<Source> Sources { get; init; }

    /// <summary>
    /// Share of the question the answer document explains, in [0,1]; compare with <see cref="KnowledgeBase.AnswerThreshold"/>
    /// before presenting the answer as reliable.
    /// </summary>
    public required double Confidence { get; init; }

    /// <summary>Alternative services when the question fits several about equally well.</summary>
    public required IReadOnlyList<ServiceMatch> DidYouMean { get; init; }

    /// <summary>True when the service came from <see cref="AnswerContext.PreviousServiceId"/>.</summary>
    public bool UsedContext { get; init; }

    /// <summary>The ranked documents behind the answer (best first).</summary>
    public required IReadOnlyList<SearchHit> Hits { get; init; }
}
