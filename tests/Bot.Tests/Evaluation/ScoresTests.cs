namespace KommunalBot.Bot.Tests.Evaluation;

public sealed class ScoresTests
{
    [Fact]
    public void Of_MixedResults_GivesTheFiveFiguresOnTheirOwnQuestions()
    {
        var scores = Scores.Of(
        [
            Result("a1", answerable: true, ReplyKind.Answered, "12345", recall: 1.0),
            Result("a2", answerable: true, ReplyKind.Answered, "1234567", recall: 0.5),
            Result("a3", answerable: true, ReplyKind.Abstained, "no", recall: 0.0),
            Result("u1", answerable: false, ReplyKind.Answered, "123456789"),
            Result("u2", answerable: false, ReplyKind.Abstained, "no"),
            Result("u3", answerable: false, ReplyKind.Other, "Entschuldigung"),
        ]);

        Assert.Equal(0.5, scores.FactRecall);
        Assert.Equal(2.0 / 3, scores.AnswerRate);
        Assert.Equal(1.0 / 3, scores.HonestNoAnswerRate); // an error apology is not an honest no-answer
        Assert.Equal(1.0 / 3, scores.WrongAnswerRate);
        Assert.Equal(7, scores.MedianAnswerLength); // 5, 7, 9 characters: every answered question counts
        Assert.Equal(1, scores.Other);
    }

    [Fact]
    public void Of_OnlyAnswerableQuestions_HasNoNoAnswerFigures()
    {
        var scores = Scores.Of([Result("a1", answerable: true, ReplyKind.Abstained, "no", recall: 0.0)]);

        Assert.Null(scores.HonestNoAnswerRate);
        Assert.Null(scores.WrongAnswerRate);
        Assert.Null(scores.MedianAnswerLength);
        Assert.Equal(0.0, scores.AnswerRate);
    }

    [Fact]
    public void ByKind_KindsInTheFixedOrder_LeavesOutKindsWithoutQuestions()
    {
        var report = new EvaluationReport(
        [
            Result("u1", answerable: false, ReplyKind.Abstained, "no"),
            Result("a1", answerable: true, ReplyKind.Answered, "ok", recall: 1.0, kind: "followup"),
            Result("a2", answerable: true, ReplyKind.Answered, "ok", recall: 1.0, kind: "faq"),
        ]);

        Assert.Equal(["faq", "followup", "unknown"], report.ByKind.Select(k => k.Kind));
    }

    private static QuestionResult Result(string id, bool answerable, ReplyKind reply, string text, double? recall = null, string? kind = null) =>
        new()
        {
            Question = new EvaluationQuestion
            {
                Id = id,
                Question = "?",
                Kind = kind ?? (answerable ? "faq" : "unknown"),
                Answerable = answerable,
            },
            Reply = new BotReply(reply, text, null, null),
            Latency = TimeSpan.Zero,
            MissedFacts = [],
            Recall = recall,
        };
}
