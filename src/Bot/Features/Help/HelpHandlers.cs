using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Resources;

namespace KommunalBot.Bot.Features.Help;

internal sealed class HelpHandlers(CardRenderer cards, Texts texts, WelcomeMarkers welcomes) : IBotFeature
{
    public void Register(BotRoutes routes) => routes
        .OnCommand(ShowHelpAsync, "hilfe", "help")
        .OnCardAction(HelpActionData.Verb, async (turn, _) =>
        {
            await ShowHelpAsync(turn);
            return null;
        })
        .OnUnknownCardAction(ActionUnavailableAsync)
        .OnActivity(ActivityTypes.InstallationUpdate, OnInstallationUpdateAsync)
        .OnActivity(ActivityTypes.ConversationUpdate, OnConversationUpdateAsync);

    private Task ShowHelpAsync(TurnContext turn) =>
        turn.ReplyWithCardAsync(cards.Render(new HelpCardData(), turn.Culture));

    private async Task<InvokeResponse?> ActionUnavailableAsync(TurnContext turn, CardAction action)
    {
        var text = texts.Get("actionUnavailable", turn.Culture);
        if (action.IsInvoke)
        {
            return InvokeResponse.Message(text);
        }

        await turn.ReplyWithTextAsync(text);
        return null;
    }

    private Task OnInstallationUpdateAsync(TurnContext turn) =>
        turn.Activity.Action is "add" or "add-upgrade" ? WelcomeOnceAsync(turn) : Task.CompletedTask;

    // Older clients announce an install only as conversationUpdate with the bot among the members added.
    private Task OnConversationUpdateAsync(TurnContext turn) =>
        turn.Activity.MembersAdded?.Any(m => m.Id == turn.Activity.Recipient?.Id) == true
            ? WelcomeOnceAsync(turn)
            : Task.CompletedTask;

    /// Teams may announce one install twice (installationUpdate and conversationUpdate): the first claim wins.
    private async Task WelcomeOnceAsync(TurnContext turn)
    {
        var activity = turn.Activity;
        var conversationId = activity.SelectedChannelId() ?? activity.Conversation!.Id!;
        if (!await welcomes.ClaimAsync(turn, conversationId))
        {
            return;
        }

        var data = new WelcomeCardData
        {
            // The user's own name greets them in a 1:1 chat; a channel welcome addresses everyone.
            UserName = activity.IsPersonal() ? activity.From?.Name : null,
            Examples = [texts.Get("welcomeExample1", turn.Culture), texts.Get("welcomeExample2", turn.Culture), texts.Get("welcomeExample3", turn.Culture)],
        };
        var card = cards.Render(data, turn.Culture);
        var message = MessageFactory.Card(card);
        message.From = activity.Recipient;
        (await turn.Connector.SendAsync(activity.ServiceUrl!, conversationId, message, Protocol.Connector.ConnectorRetry.Brief, turn.CancellationToken))
            .EnsureSent("welcome");
    }
}
