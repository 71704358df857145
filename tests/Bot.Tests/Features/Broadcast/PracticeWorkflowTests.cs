using KommunalBot.Bot.Features.Broadcast.Practice;

namespace KommunalBot.Bot.Tests.Features.Broadcast;

/// The review workflow as a pure function: which decision a submission in each state accepts, on which round's card.
public sealed class PracticeWorkflowTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 15, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(SubmissionState.Pending, ReviewDecision.Publish, null, SubmissionState.Published)]
    [InlineData(SubmissionState.Pending, ReviewDecision.Revise, "Bitte das Fachverfahren nennen.", SubmissionState.Revise)]
    [InlineData(SubmissionState.Pending, ReviewDecision.Reject, "Noch nicht im Echtbetrieb.", SubmissionState.Rejected)]
    public void Pending_EveryDecisionWithWhatItNeeds_IsMade(SubmissionState state, ReviewDecision decision, string? note, SubmissionState after)
    {
        var submission = Sample(state);

        Assert.Null(PracticeReview.Refusal(submission, 1, decision, note));
        var decided = PracticeReview.Apply(submission, decision, note, "eva", "Eva Redakteurin", Now);
        Assert.Equal(after, decided.State);
        Assert.Equal((1, decision, note, "Eva Redakteurin", Now), (decided.LastDecision!.Round, decided.LastDecision.Decision, decided.LastDecision.Note, decided.LastDecision.ByName, decided.LastDecision.AtUtc));
    }

    [Theory]
    [InlineData(ReviewDecision.Revise, null)]
    [InlineData(ReviewDecision.Revise, "  ")]
    [InlineData(ReviewDecision.Reject, "")]
    public void ReviseOrReject_WithoutANote_IsRefused(ReviewDecision decision, string? note) =>
        Assert.IsType<ReviewOutcome.NoteRequired>(PracticeReview.Refusal(Sample(SubmissionState.Pending), 1, decision, note));

    [Theory]
    [InlineData(SubmissionState.Revise)]
    [InlineData(SubmissionState.Published)]
    [InlineData(SubmissionState.Rejected)]
    public void Decided_AnyFurtherDecision_IsRefusedAsDecided(SubmissionState state)
    {
        foreach (var decision in Enum.GetValues<ReviewDecision>())
        {
            Assert.IsType<ReviewOutcome.AlreadyDecided>(PracticeReview.Refusal(Sample(state), 1, decision, "Hinweis"));
        }
    }

    [Fact]
    public void Pending_OnTheCardOfAnEarlierRound_IsRefused_WhileTheApiDecidesOnTheCurrentRound()
    {
        var second = Sample(SubmissionState.Pending) with { Round = 2 };

        Assert.IsType<ReviewOutcome.OutdatedRound>(PracticeReview.Refusal(second, 1, ReviewDecision.Publish, null));
        Assert.Null(PracticeReview.Refusal(second, null, ReviewDecision.Publish, null));
    }

    [Theory]
    [InlineData(SubmissionState.Revise, true)]
    [InlineData(SubmissionState.Pending, false)]
    [InlineData(SubmissionState.Published, false)]
    [InlineData(SubmissionState.Rejected, false)]
    public void OnlyASubmissionSentBack_MayBeResubmitted(SubmissionState state, bool may) =>
        Assert.Equal(may, PracticeReview.MayResubmit(Sample(state)));

    private static Submission Sample(SubmissionState state) => new()
    {
        Id = "BP-2026-0001",
        State = state,
        Round = 1,
        TenantId = "t",
        SubmitterObjectId = "erika",
        SubmitterName = "Erika Mustermann",
        Title = "Hundesteuer online",
        Organisation = "Stadt Musterstadt",
        Summary = "…",
        Topics = ["Familie & Kind"],
        Links = ["https://musterstadt.sharepoint.com/a.pdf"],
        CreatedUtc = Now,
        SubmittedUtc = Now,
        Decisions = state == SubmissionState.Pending ? [] : [new SubmissionDecision { Round = 1, Decision = ReviewDecision.Revise, Note = "x", ByObjectId = "eva", ByName = "Eva", AtUtc = Now }],
    };
}
