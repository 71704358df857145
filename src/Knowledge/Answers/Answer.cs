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

    /// <summary>Recognised services, best first (empty when none fits).</summary>
    public required IReadOnlyList<ServiceMatch> Services { get; init; }

    /// <summary>Facts for the facet from the best service's fields.</summary>
    public required IReadOnlyList<Fact> DirectFacts { get; init; }

    /// <summary>Supporting passages from the best documents.</summary>
    public required IReadOnlyList<Passage> Passages { get; init; }

    /// <summary>Sources of the facts and passages (url, title, date).</summary>
    public required IReadOnlyList<Source> Sources { get; init; }

    /// <summary>Confidence in [0,1]; compare with a threshold before presenting the answer as reliable.</summary>
    public required double Confidence { get; init; }

    /// <summary>Alternative services when the question fits several about equally well.</summary>
    public required IReadOnlyList<ServiceMatch> DidYouMean { get; init; }

    /// <summary>True when the service came from <see cref="AnswerContext.PreviousServiceId"/>.</summary>
    public bool UsedContext { get; init; }

    /// <summary>The ranked documents behind the answer (best first).</summary>
    public required IReadOnlyList<SearchHit> Hits { get; init; }
}
