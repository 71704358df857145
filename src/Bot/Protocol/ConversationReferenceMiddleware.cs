namespace KommunalBot.Bot.Protocol;

/// Keeps conversation references current (protocol doc §7, step 2): stored on install / bot added and
/// refreshed on every turn, removed when the bot is uninstalled or removed.
internal sealed class ConversationReferenceMiddleware(ConversationReferenceStore references, TimeProvider timeProvider) : ITurnMiddleware
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
