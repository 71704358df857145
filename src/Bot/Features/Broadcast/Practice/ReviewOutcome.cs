namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// What an editor's decision came to. Closed: the constructor is private.
internal abstract record ReviewOutcome
{
    private ReviewOutcome()
    {
    }

    /// The decision is stored; <paramref name="Submission"/> is the submission after it.
    public sealed record Decided(Submission Submission) : ReviewOutcome;

    public sealed record NotFound : ReviewOutcome;

    /// Überarbeiten and Ablehnen need a note or reason the submitter can act on.
    public sealed record NoteRequired : ReviewOutcome;

    /// The editor is limited to <paramref name="EditorRegions"/>, and the submission's region is not in them.
    public sealed record OutsideRegions(IReadOnlyList<string> EditorRegions) : ReviewOutcome;

    /// Someone decided before (<see cref="Submission.LastDecision"/> says who), or the submitter has not resubmitted yet.
    public sealed record AlreadyDecided(Submission Submission) : ReviewOutcome;

    /// The button was on the card of an earlier round; the submitter has resubmitted since.
    public sealed record OutdatedRound(Submission Submission) : ReviewOutcome;
}
