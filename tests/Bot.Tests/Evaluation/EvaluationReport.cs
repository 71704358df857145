namespace KommunalBot.Bot.Tests.Evaluation;

/// Everything one run measured: the figures overall and per kind, turn latency, and each question's result.
internal sealed record EvaluationReport(IReadOnlyList<QuestionResult> Results)
{
    public Scores Overall { get; } = Scores.Of(Results);

    /// Per kind, in the order of <see cref="EvaluationQuestion.Kinds"/>; kinds without questions are left out.
    public IReadOnlyList<(string Kind, Scores Scores)> ByKind { get; } =
        [.. EvaluationQuestion.Kinds
            .Select(kind => (kind, Results.Where(r => r.Question.Kind == kind).ToList()))
            .Where(k => k.Item2.Count > 0)
            .Select(k => (k.kind, Scores.Of(k.Item2)))];

    /// Latency of the graded turn (POST until the bot's reply was delivered and the request answered).
    public double? LatencyP50Ms => Stats.Percentile(Results.Select(r => r.Latency.TotalMilliseconds), 0.50);

    public double? LatencyP95Ms => Stats.Percentile(Results.Select(r => r.Latency.TotalMilliseconds), 0.95);
}
