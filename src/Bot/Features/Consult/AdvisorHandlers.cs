using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Resources;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Consult;

/// The buttons of the advisors' card. Who may do what is decided by <see cref="ConsultService"/> alone, from the
/// tenant and Entra object id of the invoke's sender, never from the card's data: a forged or replayed invoke of
/// anyone else is refused with a message, changes nothing, and the service writes it to the request's history.
/// The answer to the invoke is the card as the sender may now see it, or the message that explains the refusal.
internal sealed partial class AdvisorHandlers(
    ConsultService service,
    ConsultStore store,
    AdvisorCards cards,
    AdvisorDirectory directory,
    PoolChannelStore channels,
    IOutbox outbox,
    Texts texts,
    IOptions<ConsultOptions> options,
    ILogger<AdvisorHandlers> logger) : IBotFeature
{
    public void Register(BotRoutes routes) => routes
        .OnCardAction(AdvisorClaimActionData.Verb, (turn, action) => ActAsync<AdvisorClaimActionData>(turn, action, ConsultActionKind.Claim))
        .OnCardAction(AdvisorAssignActionData.Verb, (turn, action) => ActAsync<AdvisorAssignActionData>(turn, action, ConsultActionKind.Assign))
        .OnCardAction(AdvisorAnswerActionData.Verb, (turn, action) => ActAsync<AdvisorAnswerActionData>(turn, action, ConsultActionKind.Answer))
        .OnCardAction(AdvisorStatusActionData.Verb, (turn, action) => ActAsync<AdvisorStatusActionData>(turn, action, ConsultActionKind.SetStatus))
        .OnCardAction(AdvisorCloseActionData.Verb, (turn, action) => ActAsync<AdvisorCloseActionData>(turn, action, ConsultActionKind.Close))
        .OnCardAction(AdvisorReopenActionData.Verb, (turn, action) => ActAsync<AdvisorReopenActionData>(turn, action, ConsultActionKind.Reopen))
        .OnCardAction(AdvisorRefreshActionData.Verb, RefreshAsync);

    private async Task<InvokeResponse?> ActAsync<T>(TurnContext turn, CardAction action, ConsultActionKind kind)
        where T : AdvisorActionData, ICardAction<T>
    {
        var data = CardActionData.Read<T>(action);
        if (data is null || await store.GetAsync(data.RequestId, turn.CancellationToken) is not { } stored)
        {
            return await RespondAsync(turn, action, texts.Get("actionUnavailable", turn.Culture));
        }

        var actor = Actor(turn);
        var role = Know(turn, stored.Request, actor);
        var to = Enum.TryParse<ConsultStatus>(data.Status, ignoreCase: false, out var status) ? status : (ConsultStatus?)null;
        // A member is asked for what is missing; a stranger's attempt goes to the service as it came, to be refused and noted.
        if (role == ConsultRole.PoolMember && Missing(kind, data, to) is { } missing)
        {
            return await RespondAsync(turn, action, texts.Get(missing, turn.Culture));
        }

        var target = kind == ConsultActionKind.Assign ? data.Assignee : null;
        var detail = kind switch
        {
            ConsultActionKind.Answer => data.Answer?.Trim(),
            ConsultActionKind.Close => data.Resolution?.Trim(),
            _ => null,
        };
        var outcome = await service.MoveAsync(data.RequestId, actor, kind, turn.CancellationToken,
            target: target, targetName: await NameOfAsync(stored.Request, target, turn.CancellationToken), to: kind == ConsultActionKind.SetStatus ? to : null, detail: detail);
        switch (outcome)
        {
            case MoveOutcome.Moved moved:
                var request = await RecordThreadAsync(moved.Request, turn.CancellationToken);
                return await RespondAsync(turn, action, await cards.CardForAsync(request, actor, role, turn.Culture, turn.CancellationToken));
            case MoveOutcome.Refused refused:
                AdvisorLog.ActionRefused(logger, data.RequestId, T.Verb, refused.Reason.ToString());
                if (role == ConsultRole.Stranger)
                {
                    await cards.UpdateAsync(data.RequestId, turn.CancellationToken); // the advisors see the attempt in the history
                }

                return await RespondAsync(turn, action, RefusalText(refused, role, turn));
            default:
                return await RespondAsync(turn, action, texts.Get("actionUnavailable", turn.Culture));
        }
    }

    /// The card as the sender may see it: with their buttons for a pool member, without for anyone else.
    private async Task<InvokeResponse?> RefreshAsync(TurnContext turn, CardAction action)
    {
        var data = CardActionData.Read<AdvisorRefreshActionData>(action);
        if (data is null || await store.GetAsync(data.RequestId, turn.CancellationToken) is not { } stored)
        {
            return await RespondAsync(turn, action, texts.Get("actionUnavailable", turn.Culture));
        }

        var actor = Actor(turn);
        var role = Know(turn, stored.Request, actor);
        var request = await RecordThreadAsync(stored.Request, turn.CancellationToken);
        return action.IsInvoke ? InvokeResponse.Card(await cards.CardForAsync(request, actor, role, turn.Culture, turn.CancellationToken)) : null;
    }

    private static ConsultActor Actor(TurnContext turn)
    {
        var from = turn.Activity.From;
        return new ConsultActor(turn.TenantId, from?.AadObjectId ?? string.Empty, from?.Name ?? from?.Id ?? string.Empty);
    }

    /// The sender's role on the request; a pool member's Teams user id and name are remembered for the card's refresh
    /// and the "Zuweisen an …" list.
    private ConsultRole Know(TurnContext turn, ConsultRequest request, ConsultActor actor)
    {
        var role = service.RoleOf(request, actor);
        if (role == ConsultRole.PoolMember)
        {
            directory.Remember(actor.TenantId, actor.ObjectId, turn.Activity.From?.Id, turn.Activity.From?.Name);
        }

        return role;
    }

    private static string? Missing(ConsultActionKind kind, AdvisorActionData data, ConsultStatus? to) => kind switch
    {
        ConsultActionKind.Assign when string.IsNullOrWhiteSpace(data.Assignee) => "consultAdvisorMissingAssignee",
        ConsultActionKind.Answer when string.IsNullOrWhiteSpace(data.Answer) => "consultAdvisorMissingAnswer",
        ConsultActionKind.SetStatus when to is null => "consultAdvisorMissingStatus",
        ConsultActionKind.Close when string.IsNullOrWhiteSpace(data.Resolution) => "consultAdvisorMissingResolution",
        _ => null,
    };
}
