using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Broadcast;

/// Ends subscriptions when the bot can no longer post there: removed from a team (every subscribed channel of the team),
/// uninstalled from a group chat, a subscribed channel deleted, or Teams answering a send with 403/404 for the
/// conversation (Delivery tells the owner "broadcast"; this is its only <see cref="IDeliveryOwner"/>).
/// learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/subscribe-to-conversation-events
internal sealed class SubscriptionEnding(SubscriptionStore subscriptions, ILogger<SubscriptionEnding> logger) : IBotFeature, IDeliveryOwner
{
    public const string OwnerName = "broadcast";

    public string Owner => OwnerName;

    public void Register(BotRoutes routes) => routes
        .OnActivity(ActivityTypes.ConversationUpdate, OnConversationUpdateAsync)
        .OnActivity(ActivityTypes.InstallationUpdate, OnInstallationUpdateAsync);

    public async Task ConversationGoneAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        if (await subscriptions.DeleteAsync(reference.ConversationId, cancellationToken))
        {
            SubscriptionLog.Ended(logger, reference.TenantId, "Teams reports the conversation gone");
        }
    }

    private Task OnConversationUpdateAsync(TurnContext turn)
    {
        var activity = turn.Activity;
        if (activity.MembersRemoved?.Any(m => m.Id == activity.Recipient?.Id) == true)
        {
            return EndAsync(turn, "bot removed");
        }

        return activity.EventType() == "channelDeleted" && activity.ChannelIdInTeam() is { } channel
            ? EndChannelAsync(turn, channel)
            : Task.CompletedTask;
    }

    private Task OnInstallationUpdateAsync(TurnContext turn) =>
        turn.Activity.Action == "remove" ? EndAsync(turn, "app uninstalled") : Task.CompletedTask;

    /// In a team every channel's subscription goes (Teams removes the bot from all of them); in a group chat the chat's.
    private async Task EndAsync(TurnContext turn, string reason)
    {
        if (await subscriptions.DeleteAsync(turn.Activity.Conversation!.Id!, turn.CancellationToken))
        {
            SubscriptionLog.Ended(logger, turn.TenantId, reason);
        }

        if (turn.Activity.TeamId() is not { } teamId)
        {
            return;
        }

        var ended = 0;
        foreach (var subscription in await ListAsync(s => s.Reference.TeamId == teamId, turn))
        {
            ended += await subscriptions.DeleteAsync(subscription.ConversationId, turn.CancellationToken) ? 1 : 0;
        }

        SubscriptionLog.TeamEnded(logger, teamId, turn.TenantId, ended);
    }

    private async Task EndChannelAsync(TurnContext turn, string channelId)
    {
        foreach (var subscription in await ListAsync(s => s.Reference.ChannelIdInTeam == channelId || s.ConversationId == channelId, turn))
        {
            if (await subscriptions.DeleteAsync(subscription.ConversationId, turn.CancellationToken))
            {
                SubscriptionLog.Ended(logger, turn.TenantId, "channel deleted");
            }
        }
    }

    /// The tenant's subscriptions that match, read before any is deleted.
    private async Task<List<Subscription>> ListAsync(Func<Subscription, bool> match, TurnContext turn)
    {
        var found = new List<Subscription>();
        await foreach (var subscription in subscriptions.ListAsync(turn.CancellationToken))
        {
            if (string.Equals(subscription.TenantId, turn.TenantId, StringComparison.OrdinalIgnoreCase) && match(subscription))
            {
                found.Add(subscription);
            }
        }

        return found;
    }
}
