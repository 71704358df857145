using System.Text.RegularExpressions;
using KommunalBot.Bot.Features.Access;
using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// `hier redaktion` (English `editors here`), typed by an admin with an @mention in any channel of a team: binds that
/// channel as the editors' channel, where every new submission's review card is posted (as Consult's `hier beraten`
/// binds an advisors' channel). The pending submissions' cards are posted at once, so none submitted before is unseen.
internal sealed partial class EditorChannelHandlers(
    EditorChannelStore channels,
    SubmissionStore store,
    PracticeCards cards,
    AccessPolicy access,
    BroadcastReplies replies,
    TimeProvider timeProvider,
    ILogger<EditorChannelHandlers> logger) : IBotFeature
{
    /// A claim on free text rather than a command word, as `hier beraten`: it is typed once by an admin and has no
    /// place in everyone's command menu.
    public void Register(BotRoutes routes) => routes.OnMessageClaim(BindAsync);

    private async Task<bool> BindAsync(TurnContext turn)
    {
        if (!BindCommand().IsMatch(turn.Text.Trim()))
        {
            return false;
        }

        var activity = turn.Activity;
        var refusal = activity.ConversationType() != "channel" || activity.ChannelIdInTeam() is null ? "broadcastPracticeBindNotChannel"
            : !access.RolesOf(turn.TenantId, activity.From?.AadObjectId).Contains(Role.Admin) ? "broadcastPracticeBindNotAdmin"
            : null;
        if (refusal is not null)
        {
            await turn.ReplyWithTextAsync(replies.Text(refusal, turn.Culture));
            return true;
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
        return true;
    }

    [GeneratedRegex(@"^(?:hier\s+redaktion|editors\s+here)[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BindCommand();
}
