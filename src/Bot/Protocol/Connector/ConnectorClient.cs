using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Protocol.Connector;

/// The Bot Connector REST API (learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference): reply, send, update, delete, create conversation, get member.
/// Every write returns a <see cref="ConnectorOutcome"/> instead of throwing; the caller picks per call how long it may
/// be kept waiting (<see cref="ConnectorRetry"/>). The token comes from <see cref="ConnectorAuthHandler"/> on the named HttpClient.
public sealed partial class ConnectorClient(
    IHttpClientFactory httpClientFactory,
    IOptions<ConnectorOptions> options,
    TimeProvider timeProvider,
    ILogger<ConnectorClient> logger)
{
    public const string HttpClientName = "connector";

    public Task<ConnectorOutcome> ReplyAsync(
        string serviceUrl, string conversationId, string replyToId, Activity activity, ConnectorRetry retry, CancellationToken cancellationToken) =>
        PostActivityAsync(serviceUrl, conversationId, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(replyToId)}", activity, "reply", retry, cancellationToken);

    /// Posts into a conversation; into a channel's own id (no `;messageid=`) this starts a new thread.
    public Task<ConnectorOutcome> SendAsync(
        string serviceUrl, string conversationId, Activity activity, ConnectorRetry retry, CancellationToken cancellationToken) =>
        PostActivityAsync(serviceUrl, conversationId, $"v3/conversations/{Esc(conversationId)}/activities", activity, "send", retry, cancellationToken);

    public async Task<ConnectorOutcome> UpdateAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, ConnectorRetry retry, CancellationToken cancellationToken)
    {
        activity.Id = activityId;
        var (failure, body) = await CallAsync(HttpMethod.Put, Url(serviceUrl, ActivityPath(conversationId, activityId)),
            Json(activity, ProtocolJsonContext.Default.Activity), "update", retry, cancellationToken);
        return failure ?? new ConnectorOutcome.Sent(Read(body, ProtocolJsonContext.Default.ResourceResponse).Id ?? activityId, conversationId);
    }

    public async Task<ConnectorOutcome> DeleteAsync(
        string serviceUrl, string conversationId, string activityId, ConnectorRetry retry, CancellationToken cancellationToken)
    {
        var (failure, _) = await CallAsync(HttpMethod.Delete, Url(serviceUrl, ActivityPath(conversationId, activityId)), null, "delete", retry, cancellationToken);
        return failure ?? new ConnectorOutcome.Sent(null, conversationId);
    }

    /// POST v3/conversations: a 1:1 chat, or a new thread in a channel. Sent carries the new conversation id and,
    /// when an activity was posted with it, that activity's id.
    public async Task<ConnectorOutcome> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, ConnectorRetry retry, CancellationToken cancellationToken)
    {
        var (failure, body) = await CallAsync(HttpMethod.Post, Url(serviceUrl, "v3/conversations"),
            Json(parameters, ProtocolJsonContext.Default.ConversationParameters), "createConversation", retry, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var created = Read(body, ProtocolJsonContext.Default.ConversationResourceResponse);
        return string.IsNullOrEmpty(created.Id)
            ? new ConnectorOutcome.Failed(200, "NoConversationId", Transient: false)
            : new ConnectorOutcome.Sent(created.ActivityId, created.Id);
    }

    /// A read for turn code: throws <see cref="ConnectorException"/> when Teams does not answer with the member.
    public async Task<TeamsChannelAccount> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken)
    {
        var (failure, body) = await CallAsync(HttpMethod.Get, Url(serviceUrl, $"v3/conversations/{Esc(conversationId)}/members/{Esc(memberId)}"),
            null, "getMember", ConnectorRetry.Brief, cancellationToken);
        failure?.EnsureSent("getMember");
        return Read(body, ProtocolJsonContext.Default.TeamsChannelAccount);
    }

    private async Task<ConnectorOutcome> PostActivityAsync(
        string serviceUrl, string conversationId, string path, Activity activity, string operation, ConnectorRetry retry, CancellationToken cancellationToken)
    {
        var (failure, body) = await CallAsync(HttpMethod.Post, Url(serviceUrl, path), Json(activity, ProtocolJsonContext.Default.Activity), operation, retry, cancellationToken);
        return failure ?? new ConnectorOutcome.Sent(Read(body, ProtocolJsonContext.Default.ResourceResponse).Id, conversationId);
    }

    private static byte[] Json<T>(T body, JsonTypeInfo<T> type) => JsonSerializer.SerializeToUtf8Bytes(body, type);

    private static T Read<T>(byte[] body, JsonTypeInfo<T> type)
        where T : new() =>
        body.Length == 0 ? new T() : JsonSerializer.Deserialize(body, type) ?? new T();

    private static string ActivityPath(string conversationId, string activityId) =>
        $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}";

    private static string Esc(string segment) => Uri.EscapeDataString(segment);

    // Keep the serviceUrl's own path prefix (e.g. /emea/ or /teams/).
    private static Uri Url(string serviceUrl, string path) =>
        new(new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/"), path);
}
