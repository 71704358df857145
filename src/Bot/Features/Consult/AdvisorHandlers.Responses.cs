using System.Text.Json.Nodes;
using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Consult;

/// How the advisors' buttons answer, and what they look up on the way.
internal sealed partial class AdvisorHandlers
{
    private string RefusalText(MoveOutcome.Refused refused, ConsultRole role, TurnContext turn)
    {
        var culture = turn.Culture;
        var request = refused.Request;
        return refused.Reason switch
        {
            _ when role != ConsultRole.PoolMember => string.Format(culture, texts.Get("consultAdvisorRefusedNotMember", culture), request.Pool),
            ConsultRefusal.AlreadyTaken => string.Format(culture, texts.Get("consultAdvisorRefusedTaken", culture), request.AssigneeName ?? request.Assignee),
            ConsultRefusal.WrongStatus => string.Format(culture, texts.Get("consultAdvisorRefusedStatus", culture), texts.Get("consultAdvisorStatus" + request.Status, culture)),
            ConsultRefusal.InvalidTarget => texts.Get("consultAdvisorRefusedTarget", culture),
            _ => string.Format(culture, texts.Get("consultAdvisorRefusedNotMember", culture), request.Pool),
        };
    }

    /// An invoke is answered in its HTTP response; the Action.Submit fallback of an old client gets a message only
    /// when it was refused (the shared card is edited for everyone anyway).
    private static async Task<InvokeResponse?> RespondAsync(TurnContext turn, CardAction action, string text)
    {
        if (action.IsInvoke)
        {
            return InvokeResponse.Message(text);
        }

        await turn.ReplyWithTextAsync(text);
        return null;
    }

    private static Task<InvokeResponse?> RespondAsync(TurnContext turn, CardAction action, JsonObject card) =>
        Task.FromResult(action.IsInvoke ? InvokeResponse.Card(card) : null);

    /// The colleague's display name for the history and the card, as far as Teams told it.
    private async Task<string?> NameOfAsync(ConsultRequest request, string? objectId, CancellationToken cancellationToken)
    {
        if (objectId is null || options.Value.Pool(request.Pool) is not { } pool)
        {
            return null;
        }

        var binding = await channels.GetAsync(pool.Name, cancellationToken);
        var members = await directory.MembersAsync(pool, binding?.Channel, cancellationToken);
        return members.FirstOrDefault(m => string.Equals(m.ObjectId, objectId, StringComparison.OrdinalIgnoreCase))?.Name;
    }

    /// Notes on the request where its card was posted (the thread in the pool's channel), once Delivery has posted it:
    /// relay and escalation post into that thread. A post into a channel starts a thread whose id is the channel's
    /// with the post's activity id (`19:…@thread.tacv2;messageid={activityId}`).
    private async Task<ConsultRequest> RecordThreadAsync(ConsultRequest request, CancellationToken cancellationToken)
    {
        if (request.ThreadConversationId is not null || await channels.GetAsync(request.Pool, cancellationToken) is not { } binding
            || await outbox.FindAsync(AdvisorCards.ContentId(request.Id), binding.Channel.ConversationId, cancellationToken)
                is not { ActivityId: { } activityId, PostedConversationId: { } thread }
            || !thread.Contains(";messageid=", StringComparison.OrdinalIgnoreCase))
        {
            return request;
        }

        var annotated = await service.AnnotateAsync(request.Id,
            r => r.ThreadConversationId is null ? r with { ThreadConversationId = thread, CardActivityId = activityId } : r, cancellationToken);
        return annotated ?? request;
    }
}
