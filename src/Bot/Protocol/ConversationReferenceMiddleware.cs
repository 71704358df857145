namespace KommunalBot.Bot.Protocol;

/// Keeps conversation references current (learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/subscribe-to-conversation-events): stored on install / bot added and
/// refreshed on every turn, removed when the bot is uninstalled or removed (from a team: every channel's reference).
/// A reference is kept only when its serviceUrl is trusted: the bot could not send there anyway, and the trust list
/// is rebuilt from the stored references after a restart (<see cref="Connector.ServiceUrlTrustLoader"/>).
internal sealed class ConversationReferenceMiddleware(ConversationReferenceStore references, Connector.ServiceUrlTrust trust, TimeProvider timeProvider) : ITurnMiddleware
{
    public async Task<bool> OnTurnAsync(TurnContext turn)
    {
        var activity = turn.Activity;
        if (string.IsNullOrEmpty(activity.Conversation?.Id) || string.IsNullOrEmpty(activity.ServiceUrl) || turn.TenantId.Length == 0)
        {
            return true;
        }

        if (IsRemoval(activity))
        {
            await references.RemoveAsync(turn.TenantId, activity.Conversation.Id, turn.CancellationToken);
            if (activity.TeamId() is { } teamId)
            {
                await references.RemoveTeamAsync(turn.TenantId, teamId, turn.CancellationToken);
            }

            return true;
        }

        if (!Auth.ServiceUrls.TryParse(activity.ServiceUrl, out var serviceUrl) || !trust.IsTrusted(serviceUrl))
        {
            return true;
        }

        var isInstall = activity.Type is ActivityTypes.InstallationUpdate or ActivityTypes.ConversationUpdate;
        await references.SaveAsync(ConversationReference.From(activity, timeProvider.GetUtcNow()), isInstall, turn.CancellationToken);
        return true;
    }

    private static bool IsRemoval(Activity activity) =>
        (activity.Type == ActivityTypes.InstallationUpdate && activity.Action is "remove")
        || (activity.Type == ActivityTypes.ConversationUpdate
            && activity.MembersRemoved?.Any(m => m.Id == activity.Recipient?.Id) == true);
}
