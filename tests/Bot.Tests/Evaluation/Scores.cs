namespace KommunalBot.Bot.Tests.Evaluation;

/// The five figures over a set of graded questions. A figure is null when its questions are missing from
/// the set (no unanswerable questions: no honest-no-answer rate).
internal sealed record Scores
{
    public required int Questions { get; init; }

    public required int Answerable { get; init; }

    public required int Unanswerable { get; init; }

    /// Mean fact recall over answerable questions (0 for each one the bot did not answer).
    public required double? FactRecall { get; init; }

    /// Answerable questions that got the answer card.
    public required double? AnswerRate { get; init; }

    /// Unanswerable questions that got the no-answer card.
    public required double? HonestNoAnswerRate { get; init; }

    /// Unanswerable questions that got the answer card anyway.
    public required double? WrongAnswerRate { get; init; }

    /// Median characters of visible text over all answered questions.
    public required double? MedianAnswerLength { get; init; }

    /// Replies that were neither card (errors, other cards); counted as unanswered and not honest.
    public required int Other { get; init; }

    public static Scores Of(IReadOnlyCollection<QuestionResult> results)
    {
        var answerable = results.Where(r => r.Question.Answerable).ToList();
        var unanswerable = results.Where(r => !r.Question.Answerable).ToList();
        return new Scores
        {
            Questions = results.Count,
            Answerable = answerable.Count,
            Unanswerable = unanswerable.Count,
            FactRecall = answerable.Count == 0 ? null : answerable.Average(r => r.Recall!.Value),
            AnswerRate = Stats.Rate(answerable, r => r.Answered),
            HonestNoAnswerRate = Stats.Rate(unanswerable, r => r.Abstained),
            WrongAnswerRate = Stats.Rate(unanswerable, r => r.Answered),
            MedianAnswerLength = Stats.Median(results.Where(r => r.Answered).Select(r => (double)r.Reply.Text.Length)),
            Other = results.Count(r => r.Reply.Kind == ReplyKind.Other),
        };
    }
}
