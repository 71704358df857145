namespace KommunalBot.Bot.Tests.Evaluation;

/// One graded question: what the bot replied, how long the turn took, what it got right.
internal sealed record QuestionResult
{
    public required EvaluationQuestion Question { get; init; }

    public required BotReply Reply { get; init; }

    public required TimeSpan Latency { get; init; }

    /// Facts the visible text does not match (all of them when the bot did not answer).
    public required IReadOnlyList<string> MissedFacts { get; init; }

    /// Share of facts matched for answerable questions, 0 when not answered; null for unanswerable ones.
    public required double? Recall { get; init; }

    public bool Answered => Reply.Kind == ReplyKind.Answered;

    public bool Abstained => Reply.Kind == ReplyKind.Abstained;

    /// <param name="expectedTitle">The title of <see cref="EvaluationQuestion.Expected"/> in the knowledge base.</param>
    public static QuestionResult Grade(EvaluationQuestion question, BotReply reply, TimeSpan latency, string? expectedTitle)
    {
        var answered = reply.Kind == ReplyKind.Answered;
        var missed = answered ? FactGrading.MissedFacts(question.Facts, reply.Text) : question.Facts;
        var about = answered && question.Expected is { } expected && FactGrading.IsAbout(reply, expected, expectedTitle);
        return new QuestionResult
        {
            Question = question,
            Reply = reply,
            Latency = latency,
            MissedFacts = missed,
            Recall = !question.Answerable ? null : answered ? FactGrading.Recall(question.Facts.Count, missed.Count, about) : 0.0,
        };
    }
}
