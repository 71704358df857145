using KommunalBot.Bot.Features.Access;
using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// `hier redaktion` (English `editors here`), typed by an admin with an @mention in any channel of a team: binds that
/// channel as the editors' channel, where every new submission's review card is posted (as Consult's `hier beraten`
/// binds an advisors' channel). The pending submissions' cards are posted at once, so none submitted before is unseen.
internal sealed class EditorChannelHandlers(
    EditorChannelStore channels,
    SubmissionStore store,
    PracticeCards cards,
    AccessPolicy access,
    BroadcastReplies replies,
    TimeProvider timeProvider,
    ILogger<EditorChannelHandlers> logger) : IBotFeature
{
    public void Register(BotRoutes routes) => routes.OnCommand(BindAsync, "hier redaktion", "editors here");

    private async Task BindAsync(TurnContext turn)
    {
        var activity = turn.Activity;
        var refusal = activity.ConversationType() != "channel" || activity.ChannelIdInTeam() is null ? "broadcastPracticeBindNotChannel"
            : !access.RolesOf(turn.TenantId, activity.From?.AadObjectId).Contains(Role.Admin) ? "broadcastPracticeBindNotAdmin"
            : null;
        if (refusal is not null)
        {
            await turn.ReplyWithTextAsync(replies.Text(refusal, turn.Culture));
            return;
        }

        var now = timeProvider.GetUtcNow();
        await channels.SaveAsync(new EditorChannelBinding(ConversationReference.From(activity, now), now), turn.CancellationToken);
        var posted = 0;
        await foreach (var submission in store.ListAsync(turn.CancellationToken))
        {
            if (submission.State == SubmissionState.Pending && await cards.PostAsync(submission, turn.CancellationToken))
            {
                posted++;
            }
        }

        PracticeLog.EditorChannelBound(logger, turn.TenantId, posted);
        var reply = replies.Text("broadcastPracticeBindDone", turn.Culture);
        await turn.ReplyWithTextAsync(posted == 0 ? reply : reply + " " + replies.Text("broadcastPracticeBindPending", turn.Culture, posted));
    }
}
