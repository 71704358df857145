using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Features.Access;
using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// The member's side: `einreichen` opens the form in the 1:1 chat (the outcome comes there too, and a channel would
/// show everyone the draft); "Einreichen" stores a valid submission, or a new round of one sent back for revision,
/// and turns the form into the confirmation, or shows it again with the input kept and the errors next to the fields.
/// Nothing is stored until the input is valid.
internal sealed class PracticeHandlers(
    PracticeService service,
    SubmissionStore store,
    PracticeForm form,
    AccessPolicy access,
    BroadcastReplies replies,
    CardRenderer cards) : IBotFeature
{
    public void Register(BotRoutes routes) => routes
        .OnCommand(OpenAsync, "einreichen", "submit")
        .OnCardAction(PracticeSubmitActionData.Verb, SubmitAsync);

    private async Task OpenAsync(TurnContext turn)
    {
        var refusal = !turn.Activity.IsPersonal() ? "broadcastPracticeOnlyPersonal"
            : !MaySubmit(turn) ? "broadcastPracticeNotAllowed"
            : null;
        if (refusal is not null)
        {
            await turn.ReplyWithTextAsync(replies.Text(refusal, turn.Culture));
            return;
        }

        var organisation = access.Tenant(turn.TenantId)?.Organisation ?? string.Empty;
        await turn.ReplyWithCardAsync(cards.Render(form.New(organisation, turn.Culture), turn.Culture));
    }

    private async Task<InvokeResponse?> SubmitAsync(TurnContext turn, CardAction action)
    {
        if (CardActionData.Read<PracticeSubmitActionData>(action) is not { } input)
        {
            return await replies.RefuseAsync(turn, action, "actionUnavailable");
        }

        if (!MaySubmit(turn))
        {
            return await replies.RefuseAsync(turn, action, "broadcastPracticeNotAllowed");
        }

        var objectId = turn.Activity.From?.AadObjectId ?? string.Empty;
        Submission? revised = null;
        if (input.Id is { } id)
        {
            revised = (await store.GetAsync(id, turn.CancellationToken))?.Submission;
            if (revised is null || !PracticeReview.MayResubmit(revised) || !string.Equals(revised.SubmitterObjectId, objectId, StringComparison.OrdinalIgnoreCase))
            {
                return await replies.RefuseAsync(turn, action, "broadcastPracticeNotRevisable", id);
            }
        }

        var (valid, checkedForm) = form.Check(input, revised?.LastDecision?.Note, turn.Culture);
        if (valid is null)
        {
            return await replies.ShowInPlaceAsync(turn, action, checkedForm);
        }

        var submission = revised is null
            ? await service.SubmitAsync(valid, turn.TenantId, objectId, turn.Activity.From?.Name ?? string.Empty, turn.CancellationToken)
            : await service.ResubmitAsync(revised.Id, valid, objectId, turn.CancellationToken);
        if (submission is null)
        {
            return await replies.RefuseAsync(turn, action, "broadcastPracticeNotRevisable", revised!.Id);
        }

        return await replies.ShowInPlaceAsync(turn, action, new PracticeConfirmationCardData
        {
            Id = submission.Id,
            Title = submission.Title,
            Submitted = PracticeDates.Local(submission.SubmittedUtc),
        });
    }

    private bool MaySubmit(TurnContext turn) => access.May(turn.TenantId, turn.Activity.From?.AadObjectId, Permission.SubmitBestPractice);
}
