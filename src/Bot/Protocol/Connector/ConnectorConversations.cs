using System.Text.Json.Nodes;

namespace KommunalBot.Bot.Protocol.Connector;

/// The two proactive starts Teams allows (learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages): a 1:1 chat with a user of a tenant,
/// and a new post in a channel (<see cref="ConnectorClient.StartThreadAsync"/>). Store the returned conversation id and reuse it.
public static class ConnectorConversations
{
    /// Creates (or gets back) the 1:1 chat between the bot and a user (`29:` id) of a tenant; Sent carries its id.
    public static Task<ConnectorOutcome> CreatePersonalConversationAsync(
        this ConnectorClient connector, string serviceUrl, string botId, string tenantId, string userId, ConnectorRetry retry, CancellationToken cancellationToken) =>
        connector.CreateConversationAsync(serviceUrl, new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = botId },
            Members = [new ChannelAccount { Id = userId }],
            TenantId = tenantId,
            ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        }, retry, cancellationToken);
}
