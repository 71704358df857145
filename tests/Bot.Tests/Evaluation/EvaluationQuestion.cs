using System.Text.Json.Serialization;

namespace KommunalBot.Bot.Tests.Evaluation;

/// One line of eval/test.jsonl or eval/tune.jsonl. <see cref="Facts"/> are .NET regexes that the visible
/// answer must match; <see cref="Expected"/> (optional) is a document id whose answer card also counts as right;
/// <see cref="Previous"/> is asked first in the same conversation and not graded.
internal sealed record EvaluationQuestion
{
    public static readonly IReadOnlyList<string> Kinds = ["faq", "paraphrase", "multi", "colloquial", "followup", "unknown"];

    public required string Id { get; init; }

    [JsonPropertyName("q")]
    public required string Question { get; init; }

    public required string Kind { get; init; }

    public required bool Answerable { get; init; }

    public IReadOnlyList<string> Facts { get; init; } = [];

    public string? Previous { get; init; }

    public string? Expected { get; init; }
}
