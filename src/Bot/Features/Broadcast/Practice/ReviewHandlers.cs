using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Features.Access;
using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// The editors' side: `einreichungen` shows the pending submissions as review cards; Freigeben, Überarbeiten and
/// Ablehnen decide. The presser's role is checked on every press (the card is the same for everyone in the channel,
/// and a forged or replayed press changes nothing); state, round and region are checked by <see cref="PracticeService"/>.
internal sealed class ReviewHandlers(
    PracticeService service,
    SubmissionStore store,
    PracticeCards practiceCards,
    BroadcastAudience audience,
    AccessPolicy access,
    BroadcastReplies replies,
    CardRenderer cards) : IBotFeature
{
    /// Cards shown per `einreichungen`: a turn should not flood the chat; the rest come after deciding these.
    private const int MaxCards = 10;

    public void Register(BotRoutes routes) => routes
        .OnCommand(ListAsync, "einreichungen", "submissions")
        .OnCardAction(PracticeDecisionActionData.Verb, DecideAsync);

    private async Task ListAsync(TurnContext turn)
    {
        var objectId = turn.Activity.From?.AadObjectId;
        if (!access.May(turn.TenantId, objectId, Permission.Publish))
        {
            await turn.ReplyWithTextAsync(replies.Text("broadcastPracticeReviewNotAllowed", turn.Culture));
            return;
        }

        var pending = new List<Submission>();
        await foreach (var submission in store.ListAsync(turn.CancellationToken))
        {
            if (submission.State == SubmissionState.Pending && audience.MaySendTo(turn.TenantId, objectId, submission.Region))
            {
                pending.Add(submission);
            }
        }

        await turn.ReplyWithTextAsync(pending.Count == 0
            ? replies.Text("broadcastPracticeReviewEmpty", turn.Culture)
            : replies.Text("broadcastPracticeReviewIntro", turn.Culture, pending.Count, Math.Min(pending.Count, MaxCards)));
        foreach (var submission in pending.Take(MaxCards))
        {
            await turn.ReplyWithCardAsync(cards.Render(practiceCards.Data(submission, submission.Round, turn.Culture), turn.Culture));
        }
    }

    private async Task<InvokeResponse?> DecideAsync(TurnContext turn, CardAction action)
    {
        if (CardActionData.Read<PracticeDecisionActionData>(action) is not { } data
            || !Enum.TryParse<ReviewDecision>(data.Decision, ignoreCase: true, out var decision) || !Enum.IsDefined(decision))
        {
            return await replies.RefuseAsync(turn, action, "actionUnavailable");
        }

        var from = turn.Activity.From;
        if (!access.May(turn.TenantId, from?.AadObjectId, Permission.Publish) || from?.AadObjectId is not { Length: > 0 } objectId)
        {
            return await replies.RefuseAsync(turn, action, "broadcastPracticeReviewNotAllowed");
        }

        var editor = new PracticeEditor(turn.TenantId, objectId, from.Name ?? objectId);
        var outcome = await service.DecideAsync(data.Id, data.Round, decision, data.Note, editor, turn.CancellationToken);
        return outcome switch
        {
            ReviewOutcome.Decided decided => await replies.ShowInPlaceAsync(turn, action, practiceCards.Data(decided.Submission, data.Round, turn.Culture)),
            ReviewOutcome.NotFound => await replies.RefuseAsync(turn, action, "broadcastPracticeGone", data.Id),
            ReviewOutcome.NoteRequired => await replies.RefuseAsync(turn, action, "broadcastPracticeNoteRequired" + decision),
            ReviewOutcome.OutsideRegions outside => await replies.RefuseAsync(turn, action, "broadcastPracticeOutsideRegions", string.Join(", ", outside.EditorRegions)),
            ReviewOutcome.AlreadyDecided { Submission.LastDecision: { } last } already =>
                await replies.RefuseAsync(turn, action, "broadcastPracticeAlreadyDecided" + last.Decision, already.Submission.Id, last.ByName, PracticeDates.Local(last.AtUtc)),
            ReviewOutcome.OutdatedRound outdated => await replies.RefuseAsync(turn, action, "broadcastPracticeOutdatedRound", outdated.Submission.Id, outdated.Submission.Round),
            _ => throw new InvalidOperationException("ReviewOutcome is closed"),
        };
    }
}
