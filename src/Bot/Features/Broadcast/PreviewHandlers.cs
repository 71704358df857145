using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Broadcast;

/// "Abbrechen" on a send's preview: the card says nothing was sent, and loses its buttons. Nothing was stored for the
/// preview, so there is nothing to undo.
internal sealed class PreviewHandlers(BroadcastReplies replies) : IBotFeature
{
    public void Register(BotRoutes routes) => routes.OnCardAction(BroadcastCancelActionData.Verb, CancelAsync);

    private Task<InvokeResponse?> CancelAsync(TurnContext turn, CardAction action)
    {
        if (CardActionData.Read<BroadcastCancelActionData>(action) is not { } data)
        {
            return replies.RefuseAsync(turn, action, "actionUnavailable");
        }

        var card = new BroadcastPreviewCardData
        {
            Title = replies.Text("broadcastPreviewCancelledTitle", turn.Culture),
            Facts = [],
            Question = replies.Text("broadcastPreviewCancelled", turn.Culture),
            Channels = 0,
            ConfirmVerb = BroadcastCancelActionData.Verb,
            ItemId = data.Id,
            Open = false,
        };
        return replies.ShowInPlaceAsync(turn, action, card);
    }
}
