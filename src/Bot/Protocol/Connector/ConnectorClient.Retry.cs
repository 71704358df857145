using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Polly;
using Polly.Retry;

namespace KommunalBot.Bot.Protocol.Connector;

public sealed partial class ConnectorClient
{
    private const string AttemptKey = "attempt";
    private static readonly ResiliencePropertyKey<HttpMethod> MethodKey = new("method");

    private async Task<HttpResponseMessage> ExecuteAsync(
        HttpMethod method, Func<HttpRequestMessage> createRequest, string operation, CancellationToken cancellationToken)
    {
        var attempts = 0;
        var context = ResilienceContextPool.Shared.Get(operation, cancellationToken);
        context.Properties.Set(MethodKey, method);

        try
        {
            var response = await pipeline.ExecuteAsync(async ctx =>
            {
                attempts++;
                using var request = createRequest();
                await AuthorizeAsync(request, ctx.CancellationToken);
                return await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseContentRead, ctx.CancellationToken);
            }, context);

            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            using (response)
            {
                var code = await ErrorCodeAsync(response, cancellationToken);
                ProtocolLog.ConnectorFailed(logger, operation, (int)response.StatusCode, attempts, code);
                throw new ConnectorException(operation, (int)response.StatusCode, code);
            }
        }
        catch (HttpRequestException ex)
        {
            ProtocolLog.ConnectorFailed(logger, operation, 0, attempts, ex.GetType().Name);
            throw new ConnectorException(operation, 0, ex.HttpRequestError.ToString());
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetTokenAsync(cancellationToken);
        if (token is null)
        {
            return; // development mode: no app id, no token
        }

        if (!trust.IsTrusted(request.RequestUri!))
        {
            ProtocolLog.UntrustedServiceUrl(logger, request.RequestUri!.Host);
            throw new ConnectorException("authorize", 0, "UntrustedServiceUrl");
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    private ResiliencePipeline<HttpResponseMessage> BuildPipeline(ConnectorOptions options, TimeProvider timeProvider)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (options.MaxRetries <= 0)
        {
            return builder.Build();
        }

        return builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = options.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.BaseDelay,
            ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
            {
                { Exception: HttpRequestException e } => MaySendAgain(args.Context, e),
                { Result: { } r } => IsTransient(r.StatusCode) && !(RetryAfter(r, timeProvider) > options.MaxRetryAfter),
                _ => false,
            }),
            DelayGenerator = args => ValueTask.FromResult(
                args.Outcome.Result is { } r ? RetryAfter(r, timeProvider) : null),
            OnRetry = args =>
            {
                var status = (int?)args.Outcome.Result?.StatusCode ?? 0;
                ProtocolLog.ConnectorRetry(logger, args.Context.OperationKey ?? "call", status,
                    args.AttemptNumber + 1, (long)args.RetryDelay.TotalMilliseconds);
                return ValueTask.CompletedTask;
            },
        }).Build();
    }

    // A POST creates a message: after a network error it is sent again only when the connection was never made, so
    // Teams cannot have received it. PUT (update), DELETE and GET are idempotent and may always be repeated.
    private static bool MaySendAgain(ResilienceContext context, HttpRequestException error) =>
        !context.Properties.TryGetValue(MethodKey, out var method) || method != HttpMethod.Post
        || error.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError;

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
            or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider timeProvider)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? date - timeProvider.GetUtcNow() : null;
    }

    private static async Task<string> ErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var root = doc.RootElement;
            if (root.TryGetProperty("error", out var error) && error.TryGetProperty("code", out var code))
            {
                return code.GetString() ?? response.ReasonPhrase ?? "error";
            }
        }
        catch (JsonException)
        {
            // not a Connector error body
        }

        return response.ReasonPhrase ?? "error";
    }
}
