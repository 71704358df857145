using System.Globalization;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Resources;

namespace KommunalBot.Bot.Features.Broadcast;

/// How Broadcast's handlers answer a button: the card in place of the one pressed, or a refusal as a message.
internal sealed class BroadcastReplies(CardRenderer cards, Texts texts)
{
    /// Replaces the card the button was on (Action.Execute: the invoke response; Action.Submit: an update).
    public async Task<InvokeResponse?> ShowInPlaceAsync<T>(TurnContext turn, CardAction action, T data) where T : ICardData<T>
    {
        JsonObject card = cards.Render(data, turn.Culture);
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

    /// The text <paramref name="textKey"/> (formatted with <paramref name="args"/>) as the answer to the button.
    public async Task<InvokeResponse?> RefuseAsync(TurnContext turn, CardAction action, string textKey, params object[] args)
    {
        var text = Text(textKey, turn.Culture, args);
        if (action.IsInvoke)
        {
            return InvokeResponse.Message(text);
        }

        await turn.ReplyWithTextAsync(text);
        return null;
    }

    public string Text(string textKey, CultureInfo culture, params object[] args) =>
        args.Length == 0 ? texts.Get(textKey, culture) : string.Format(culture, texts.Get(textKey, culture), args);

    /// The preview of a send to <paramref name="plan"/>: "An 312 Kanäle in 57 Organisationen senden?", or that no
    /// subscribed channel matches (then without "Senden").
    public BroadcastPreviewCardData Preview(
        string title, IReadOnlyList<BroadcastFact> facts, AudiencePlan plan, string confirmVerb, string itemId, CultureInfo culture) => new()
    {
        Title = title,
        Facts = facts,
        Question = plan.Channels == 0
            ? Text("broadcastPreviewNobody", culture)
            : Text("broadcastPreviewQuestion", culture, plan.Channels, plan.Organisations),
        Channels = plan.Channels,
        ConfirmVerb = confirmVerb,
        ItemId = itemId,
    };

    /// The preview after "Senden": the same card, closed, with what happened.
    public static BroadcastPreviewCardData Closed(BroadcastPreviewCardData preview, string notice, bool good) =>
        preview with { Open = false, Notice = notice, NoticeColor = good ? "Good" : "Attention" };
}
