using System.Text.Json.Nodes;

namespace KommunalBot.Bot.Protocol.Connector;

/// Proactive calls addressed by a stored <see cref="ConversationReference"/> (learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages).
/// The reference's serviceUrl passes the same trust check as any other (<see cref="ConnectorAuthHandler"/>).
public sealed partial class ConnectorClient
{
    /// Posts into the referenced conversation: a 1:1 or group chat, or a channel (a channel reference has no
    /// `;messageid=`, so the post starts a new thread there).
    public Task<ConnectorOutcome> SendAsync(ConversationReference to, Activity activity, ConnectorRetry retry, CancellationToken cancellationToken) =>
        SendAsync(to.ServiceUrl, to.ConversationId, Address(to, activity), retry, cancellationToken);

    /// Replaces a message the bot sent there. For a message in a channel thread, pass the reference with the
    /// thread's conversation id (`reference with { ConversationId = threadId }`) as Sent returned it.
    public Task<ConnectorOutcome> UpdateAsync(ConversationReference to, string activityId, Activity activity, ConnectorRetry retry, CancellationToken cancellationToken) =>
        UpdateAsync(to.ServiceUrl, to.ConversationId, activityId, Address(to, activity), retry, cancellationToken);

    public Task<ConnectorOutcome> DeleteAsync(ConversationReference to, string activityId, ConnectorRetry retry, CancellationToken cancellationToken) =>
        DeleteAsync(to.ServiceUrl, to.ConversationId, activityId, retry, cancellationToken);

    /// Starts a new thread in the referenced channel with POST v3/conversations (isGroup, channelData.channel.id,
    /// tenant, activity). Sent carries the thread's conversation id (`…;messageid=…`) and the activity id.
    public Task<ConnectorOutcome> StartThreadAsync(ConversationReference channel, Activity activity, ConnectorRetry retry, CancellationToken cancellationToken)
    {
        var channelId = channel.ChannelIdInTeam
            ?? throw new ArgumentException("Only a channel reference can start a thread.", nameof(channel));
        activity.Type ??= ActivityTypes.Message;
        return CreateConversationAsync(channel.ServiceUrl, new ConversationParameters
        {
            IsGroup = true,
            Bot = new ChannelAccount { Id = channel.BotId },
            Activity = activity,
            TenantId = channel.TenantId,
            ChannelData = new JsonObject
            {
                ["channel"] = new JsonObject { ["id"] = channelId },
                ["tenant"] = new JsonObject { ["id"] = channel.TenantId },
            },
        }, retry, cancellationToken);
    }

    private static Activity Address(ConversationReference to, Activity activity)
    {
        activity.Type ??= ActivityTypes.Message;
        activity.Conversation ??= new ConversationAccount { Id = to.ConversationId, TenantId = to.TenantId };
        activity.From ??= new ChannelAccount { Id = to.BotId, Name = to.BotName };
        activity.Recipient ??= to.UserId is null ? null : new ChannelAccount { Id = to.UserId, AadObjectId = to.UserAadObjectId };
        activity.Locale ??= to.Locale;
        return activity;
    }
}
