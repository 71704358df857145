using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace KommunalBot.Bot.Protocol.Connector;

/// The Bot Connector REST API (learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference): reply, send, update, delete, create conversation, get member.
/// Throttling (429) and transient errors are retried with back-off that honours Retry-After (learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit).
/// A singleton: the retry pipeline is built once; HttpClients come from the factory per call.
public sealed partial class ConnectorClient
{
    public const string HttpClientName = "connector";

    private readonly IHttpClientFactory httpClientFactory;
    private readonly ConnectorTokenProvider tokens;
    private readonly ServiceUrlTrust trust;
    private readonly ILogger<ConnectorClient> logger;
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;

    public ConnectorClient(
        IHttpClientFactory httpClientFactory,
        ConnectorTokenProvider tokens,
        ServiceUrlTrust trust,
        IOptions<ConnectorOptions> options,
        TimeProvider timeProvider,
        ILogger<ConnectorClient> logger)
    {
        this.httpClientFactory = httpClientFactory;
        this.tokens = tokens;
        this.trust = trust;
        this.logger = logger;
        pipeline = BuildPipeline(options.Value, timeProvider);
    }

    public Task<ResourceResponse> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        SendJsonAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(replyToId)}", activity,
            ProtocolJsonContext.Default.Activity, ProtocolJsonContext.Default.ResourceResponse, "reply", cancellationToken);

    public Task<ResourceResponse> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendJsonAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities", activity,
            ProtocolJsonContext.Default.Activity, ProtocolJsonContext.Default.ResourceResponse, "send", cancellationToken);

    public Task<ResourceResponse> UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        activity.Id = activityId;
        return SendJsonAsync(HttpMethod.Put, serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}", activity,
            ProtocolJsonContext.Default.Activity, ProtocolJsonContext.Default.ResourceResponse, "update", cancellationToken);
    }

    public async Task DeleteAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        using var response = await ExecuteAsync(HttpMethod.Delete, () => new HttpRequestMessage(HttpMethod.Delete,
            Url(serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}")), "delete", cancellationToken);
    }

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        SendJsonAsync(HttpMethod.Post, serviceUrl, "v3/conversations", parameters,
            ProtocolJsonContext.Default.ConversationParameters, ProtocolJsonContext.Default.ConversationResourceResponse, "createConversation", cancellationToken);

    public async Task<TeamsChannelAccount> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken)
    {
        using var response = await ExecuteAsync(HttpMethod.Get, () => new HttpRequestMessage(HttpMethod.Get,
            Url(serviceUrl, $"v3/conversations/{Esc(conversationId)}/members/{Esc(memberId)}")), "getMember", cancellationToken);
        return await ReadAsync(response, ProtocolJsonContext.Default.TeamsChannelAccount, cancellationToken);
    }

    private async Task<TResult> SendJsonAsync<TBody, TResult>(
        HttpMethod method, string serviceUrl, string path, TBody body, JsonTypeInfo<TBody> bodyType,
        JsonTypeInfo<TResult> resultType, string operation, CancellationToken cancellationToken)
        where TResult : new()
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(body, bodyType);
        using var response = await ExecuteAsync(method, () => new HttpRequestMessage(method, Url(serviceUrl, path))
        {
            Content = new ByteArrayContent(payload) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        }, operation, cancellationToken);
        return await ReadAsync(response, resultType, cancellationToken);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : new()
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return bytes.Length == 0 ? new T() : JsonSerializer.Deserialize(bytes, type) ?? new T();
    }

    private static string Esc(string segment) => Uri.EscapeDataString(segment);

    // Keep the serviceUrl's own path prefix (e.g. /emea/ or /teams/).
    private static Uri Url(string serviceUrl, string path) =>
        new(new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/"), path);
}
