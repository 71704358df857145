namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// Submitting, resubmitting and deciding, for the cards and the admin API alike. Whether the caller may submit or
/// publish at all is the caller's check (the presser's role, the API's policy); the region an editor is limited to,
/// the submission's state and round are checked here, on what is stored, and the write is if-match: of two editors
/// deciding at once exactly one wins, and the other is told who decided. What follows a decision (the card edited in
/// place, the knowledge document, the digest item, the submitter's notice) is done by the winner only.
internal sealed class PracticeService(
    SubmissionStore store,
    PracticeCards cards,
    PracticeNotices notices,
    PracticePublication publication,
    BroadcastAudience audience,
    TimeProvider timeProvider,
    ILogger<PracticeService> logger)
{
    /// Reading and writing again after a conflict decides on what the other editor wrote: their write changed the
    /// state, so the second round ends in a refusal. More rounds only under a flood of writes to one submission.
    private const int MaxAttempts = 5;

    public async Task<Submission> SubmitAsync(PracticeInput input, string tenantId, string objectId, string name, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var submission = With(input, new Submission
        {
            Id = await store.NextIdAsync(PracticeDates.Year(now), cancellationToken),
            State = SubmissionState.Pending,
            Round = 1,
            TenantId = tenantId,
            SubmitterObjectId = objectId,
            SubmitterName = name,
            Title = string.Empty,
            Organisation = string.Empty,
            Summary = string.Empty,
            Topics = [],
            Links = [],
            CreatedUtc = now,
            SubmittedUtc = now,
            Decisions = [],
        });
        await store.CreateAsync(submission, cancellationToken);
        PracticeLog.Submitted(logger, submission.Id, submission.Round);
        await cards.PostAsync(submission, cancellationToken);
        return submission;
    }

    /// The next round of a submission sent back for revision; null when it is not the caller's or not waiting for them.
    public async Task<Submission?> ResubmitAsync(string id, PracticeInput input, string objectId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await store.GetAsync(id, cancellationToken) is not { } stored
                || !string.Equals(stored.Submission.SubmitterObjectId, objectId, StringComparison.OrdinalIgnoreCase)
                || !PracticeReview.MayResubmit(stored.Submission))
            {
                return null;
            }

            var next = With(input, stored.Submission) with
            {
                State = SubmissionState.Pending,
                Round = stored.Submission.Round + 1,
                SubmittedUtc = timeProvider.GetUtcNow(),
            };
            if (await store.ReplaceAsync(next, stored.ETag, cancellationToken))
            {
                PracticeLog.Submitted(logger, next.Id, next.Round);
                await cards.PostAsync(next, cancellationToken);
                return next;
            }
        }

        throw new InvalidOperationException($"The submission {id} was changed by others {MaxAttempts} times in a row.");
    }

    /// <paramref name="round"/>: the round the editor's card showed; null from the admin API (the current round).
    public async Task<ReviewOutcome> DecideAsync(
        string id, int? round, ReviewDecision decision, string? note, PracticeEditor editor, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await store.GetAsync(id, cancellationToken) is not { } stored)
            {
                return new ReviewOutcome.NotFound();
            }

            var submission = stored.Submission;
            if (audience.EditorRegions(editor.TenantId, editor.ObjectId) is { } limits && !audience.MaySendTo(editor.TenantId, editor.ObjectId, submission.Region))
            {
                return new ReviewOutcome.OutsideRegions(limits);
            }

            if (PracticeReview.Refusal(submission, round, decision, note) is { } refusal)
            {
                return refusal;
            }

            var after = PracticeReview.Apply(submission, decision, note, editor.ObjectId, editor.Name, timeProvider.GetUtcNow());
            if (await store.ReplaceAsync(after, stored.ETag, cancellationToken))
            {
                PracticeLog.Decided(logger, id, after.Round, decision.ToString());
                await FollowAsync(after, cancellationToken);
                return new ReviewOutcome.Decided(after);
            }
        }

        throw new InvalidOperationException($"The submission {id} was changed by others {MaxAttempts} times in a row.");
    }

    private static Submission With(PracticeInput input, Submission submission) => submission with
    {
        Title = input.Title,
        Organisation = input.Organisation,
        Summary = input.Summary,
        Topics = input.Topics,
        Region = input.Region,
        Contact = input.Contact,
        Links = input.Links,
    };

    private async Task FollowAsync(Submission decided, CancellationToken cancellationToken)
    {
        await cards.UpdateAsync(decided, decided.Round, cancellationToken);
        if (decided.State == SubmissionState.Published)
        {
            await publication.PublishAsync(decided, cancellationToken);
        }

        await notices.TellAsync(decided, cancellationToken);
    }
}
