using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Resources;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Consult;

/// The clerk's side of the relay: while a request of theirs waits for feedback, a plain message in their 1:1 chat is
/// their reply to it (ConsultService Reply; the notifications observer posts it into the request's thread). With several
/// requests waiting, a card asks which one it is for. Command words never get here: the router takes them first.
internal sealed class RelayHandlers(ConsultStore store, ConsultService service, CardRenderer cards, Texts texts, IOptions<ConsultOptions> options) : IBotFeature
{
    /// Before any other claim: a clerk who was asked something answers it, even if the answer reads like a question.
    private const int ClaimOrder = -100;

    public void Register(BotRoutes routes) => routes
        .OnMessageClaim(ClaimReplyAsync, ClaimOrder)
        .OnCardAction(RelayReplyActionData.Verb, ChosenAsync);

    private async Task<bool> ClaimReplyAsync(TurnContext turn)
    {
        if (!turn.Activity.IsPersonal() || Actor(turn) is not { } clerk)
        {
            return false;
        }

        var waiting = new List<ConsultRequest>();
        await foreach (var request in store.ListByRequesterAsync(clerk.TenantId, clerk.ObjectId, turn.CancellationToken))
        {
            if (request.Status == ConsultStatus.WartetAufRueckmeldung)
            {
                waiting.Add(request);
            }
        }

        if (waiting.Count == 0)
        {
            return false;
        }

        var text = turn.Text;
        if (text.Length > options.Value.MaxDescriptionLength)
        {
            await turn.ReplyWithTextAsync(string.Format(turn.Culture, texts.Get("consultRelayReplyTooLong", turn.Culture), options.Value.MaxDescriptionLength));
            return true;
        }

        if (waiting.Count == 1)
        {
            await turn.ReplyWithTextAsync(await ReplyAsync(turn, clerk, waiting[0].Id, text));
            return true;
        }

        var choices = waiting.Select(r => new RelayChoiceItem(r.Id, r.Topic, r.AssigneeName ?? string.Empty)).ToList();
        await turn.ReplyWithCardAsync(cards.Render(new RelayChoiceCardData { Text = text, Requests = choices, SentTo = null }, turn.Culture));
        return true;
    }

    private async Task<InvokeResponse?> ChosenAsync(TurnContext turn, CardAction action)
    {
        var data = CardActionData.Read<RelayReplyActionData>(action);
        var message = data is null || Actor(turn) is not { } clerk
            ? texts.Get("actionUnavailable", turn.Culture)
            : await ReplyAsync(turn, clerk, data.RequestId, data.Text);
        if (!action.IsInvoke)
        {
            await turn.ReplyWithTextAsync(message);
            return null;
        }

        // The choice card becomes a note of where the message went, so it cannot be sent twice by accident.
        return data is not null && message == Sent(turn, data.RequestId)
            ? InvokeResponse.Card(cards.Render(new RelayChoiceCardData { Text = data.Text, Requests = [], SentTo = data.RequestId }, turn.Culture))
            : InvokeResponse.Message(message);
    }

    private async Task<string> ReplyAsync(TurnContext turn, ConsultActor clerk, string requestId, string text)
    {
        var outcome = await service.MoveAsync(requestId, clerk, ConsultActionKind.Reply, turn.CancellationToken, detail: text);
        return outcome is MoveOutcome.Moved
            ? Sent(turn, requestId)
            : string.Format(turn.Culture, texts.Get("consultRelayReplyRefused", turn.Culture), requestId);
    }

    private string Sent(TurnContext turn, string requestId) => string.Format(turn.Culture, texts.Get("consultRelayReplySent", turn.Culture), requestId);

    private static ConsultActor? Actor(TurnContext turn) =>
        turn.Activity.From is { AadObjectId: { Length: > 0 } objectId } from && turn.TenantId.Length > 0
            ? new ConsultActor(turn.TenantId, objectId, from.Name ?? string.Empty)
            : null;
}
