using System.Text.Json.Nodes;
using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Consult;

/// How the clerk's card buttons are answered: Action.Execute gets the card (updated in place) or a message as its
/// invoke response; the Action.Submit fallback updates the card the button was on, or replies when that is unknown.
internal static class ClerkReplies
{
    public static async Task<InvokeResponse?> CardAsync(TurnContext turn, CardAction action, JsonObject card)
    {
        if (action.IsInvoke)
        {
            return InvokeResponse.Card(card);
        }

        if (!string.IsNullOrEmpty(turn.Activity.ReplyToId))
        {
            await turn.UpdateCardAsync(turn.Activity.ReplyToId, card);
        }
        else
        {
            await turn.ReplyWithCardAsync(card);
        }

        return null;
    }

    public static async Task<InvokeResponse?> TextAsync(TurnContext turn, CardAction action, string text)
    {
        if (action.IsInvoke)
        {
            return InvokeResponse.Message(text);
        }

        await turn.ReplyWithTextAsync(text);
        return null;
    }
}
