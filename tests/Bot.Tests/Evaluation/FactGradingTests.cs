namespace KommunalBot.Bot.Tests.Evaluation;

public sealed class FactGradingTests
{
    private const string CostAnswer = "Kosten – Digitaler Einbürgerungsantrag 2024: je Behörde 1.800 € zzgl. USt für die Anbindung.";

    [Fact]
    public void Grade_AnswerWithOneOfTwoFacts_HasHalfRecallAndNamesTheMissedFact()
    {
        var result = Grade(Question(facts: ["1[.\\s]?800", "FIT-Store"]), Answer(CostAnswer));

        Assert.Equal(0.5, result.Recall);
        Assert.Equal(["FIT-Store"], result.MissedFacts);
    }

    [Fact]
    public void Grade_FactsInOtherCase_Match()
    {
        var result = Grade(Question(facts: ["ZZGL\\. ust", "einbürgerungsANTRAG"]), Answer(CostAnswer));

        Assert.Equal(1.0, result.Recall);
    }

    [Fact]
    public void Grade_NoAnswerCardThatHappensToContainTheFacts_HasRecallZero()
    {
        var result = Grade(Question(facts: ["Einbürgerung"]), new BotReply(ReplyKind.Abstained, "Am ehesten passen: Einbürgerung", null, null));

        Assert.Equal(0.0, result.Recall);
        Assert.Equal(["Einbürgerung"], result.MissedFacts);
    }

    [Fact]
    public void Grade_UnanswerableQuestion_HasNoRecall()
    {
        var result = Grade(Question(answerable: false, facts: []), Answer(CostAnswer));

        Assert.Null(result.Recall);
        Assert.True(result.Answered);
    }

    [Fact]
    public void Grade_CardAboutTheExpectedDocument_CountsAsRightDespiteMissedFacts()
    {
        var question = Question(facts: ["EinsA"], expected: "einbuergerung");

        var byTitle = Grade(question, Answer(CostAnswer, title: "Kosten – Digitaler Einbürgerungsantrag"), "Digitaler Einbürgerungsantrag");
        var byService = Grade(question, Answer(CostAnswer, serviceId: "einbuergerung"), "Digitaler Einbürgerungsantrag");
        var elsewhere = Grade(question, Answer(CostAnswer, title: "Fällt im FIT-Store Umsatzsteuer an?"), "Digitaler Einbürgerungsantrag");

        Assert.Equal(1.0, byTitle.Recall);
        Assert.Equal(1.0, byService.Recall);
        Assert.Equal(0.0, elsewhere.Recall);
    }

    [Theory]
    [InlineData("Wohngeld", true)]
    [InlineData("Transportweg – Wohngeld", true)]
    [InlineData("Wohngeldrechner NRW", false)]
    [InlineData("Transportweg – Wohngeld Plus", false)]
    public void IsAbout_Heading_IsTheTitleOrFacetAndTitle(string heading, bool about)
    {
        Assert.Equal(about, FactGrading.IsAbout(new BotReply(ReplyKind.Answered, heading, heading, null), "wohngeld", "Wohngeld"));
    }

    private static QuestionResult Grade(EvaluationQuestion question, BotReply reply, string? expectedTitle = null) =>
        QuestionResult.Grade(question, reply, TimeSpan.FromMilliseconds(5), expectedTitle);

    private static BotReply Answer(string text, string? title = null, string? serviceId = null) =>
        new(ReplyKind.Answered, text, title ?? text, serviceId);

    private static EvaluationQuestion Question(string[] facts, bool answerable = true, string? expected = null) => new()
    {
        Id = "t-1",
        Question = "Was kostet die Einbürgerung?",
        Kind = "faq",
        Answerable = answerable,
        Facts = facts,
        Expected = expected,
    };
}
