namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// The review workflow in one pure type (STYLE 9): which decision a submission in a state accepts, and the submission
/// after it. Only a pending submission can be decided, only on the card of its current round; Überarbeiten and
/// Ablehnen need a note. Only a submission sent back for revision can be resubmitted.
internal static class PracticeReview
{
    /// Why the decision is refused, or null when it may be made. <paramref name="round"/> is the round the editor saw
    /// (null: the admin API, which decides on the current one).
    public static ReviewOutcome? Refusal(Submission submission, int? round, ReviewDecision decision, string? note)
    {
        if (submission.State != SubmissionState.Pending)
        {
            return new ReviewOutcome.AlreadyDecided(submission);
        }

        if (round is { } seen && seen != submission.Round)
        {
            return new ReviewOutcome.OutdatedRound(submission);
        }

        return decision != ReviewDecision.Publish && string.IsNullOrWhiteSpace(note) ? new ReviewOutcome.NoteRequired() : null;
    }

    /// The submission after the decision; call only when <see cref="Refusal"/> gave null.
    public static Submission Apply(Submission submission, ReviewDecision decision, string? note, string byObjectId, string byName, DateTimeOffset nowUtc) =>
        submission with
        {
            State = decision switch
            {
                ReviewDecision.Publish => SubmissionState.Published,
                ReviewDecision.Revise => SubmissionState.Revise,
                ReviewDecision.Reject => SubmissionState.Rejected,
                _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "Unknown review decision."),
            },
            Decisions = [.. submission.Decisions, new SubmissionDecision
            {
                Round = submission.Round,
                Decision = decision,
                Note = decision == ReviewDecision.Publish ? null : note?.Trim(),
                ByObjectId = byObjectId,
                ByName = byName,
                AtUtc = nowUtc,
            }],
        };

    /// True when the submitter may send a new round: an editor asked for a revision.
    public static bool MayResubmit(Submission submission) => submission.State == SubmissionState.Revise;
}
