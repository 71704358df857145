using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace KommunalBot.Bot.Protocol.Connector;

public sealed partial class ConnectorClient
{
    /// One call with the retries <paramref name="retry"/> allows: the success body, or the outcome that ended it.
    /// Waits go through the TimeProvider, and a Brief call never waits longer than Connector:MaxRetryWait in total.
    private async Task<(ConnectorOutcome? Failure, byte[] Body)> CallAsync(
        HttpMethod method, Uri url, byte[]? payload, string operation, ConnectorRetry retry, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var (maxRetries, budget) = retry == ConnectorRetry.Brief ? (settings.MaxRetries, settings.MaxRetryWait) : (0, TimeSpan.Zero);
        var waited = TimeSpan.Zero;
        for (var attempt = 1; ; attempt++)
        {
            var result = await AttemptAsync(method, url, payload, cancellationToken);
            if (result.Failure is null)
            {
                return (null, result.Body);
            }

            var delay = result.RetryAfter ?? Backoff(settings.BaseDelay, attempt);
            if (!result.MayRepeat || attempt > maxRetries || waited + delay > budget)
            {
                Report(operation, result.Failure, attempt);
                return (result.Failure, []);
            }

            ProtocolLog.ConnectorRetry(logger, operation, Status(result.Failure), attempt + 1, (long)delay.TotalMilliseconds);
            waited += delay;
            await Task.Delay(delay, timeProvider, cancellationToken);
        }
    }

    private async Task<Attempt> AttemptAsync(HttpMethod method, Uri url, byte[]? payload, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url);
        if (payload is not null)
        {
            request.Content = new ByteArrayContent(payload) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
        }

        try
        {
            using var response = await httpClientFactory.CreateClient(HttpClientName)
                .SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return new Attempt(null, await response.Content.ReadAsByteArrayAsync(cancellationToken), false, null);
            }

            var status = (int)response.StatusCode;
            var code = await ErrorCodeAsync(response, cancellationToken);
            var retryAfter = RetryAfter(response);
            ConnectorOutcome failure = response.StatusCode switch
            {
                HttpStatusCode.TooManyRequests => new ConnectorOutcome.Throttled(retryAfter),
                HttpStatusCode.Forbidden or HttpStatusCode.NotFound => new ConnectorOutcome.Gone(status, code),
                _ => new ConnectorOutcome.Failed(status, code, IsTransient(response.StatusCode)),
            };
            return new Attempt(failure, [], failure is ConnectorOutcome.Throttled || IsTransient(response.StatusCode), retryAfter);
        }
        catch (HttpRequestException ex)
        {
            var mayRepeat = MaySendAgain(method, ex);
            return new Attempt(new ConnectorOutcome.Failed(0, ex.HttpRequestError.ToString(), Transient: true, MayHaveArrived: !mayRepeat), [], mayRepeat, null);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient's own timeout: the request may have reached Teams, so a POST is not sent again.
            var isPost = method == HttpMethod.Post;
            return new Attempt(new ConnectorOutcome.Failed(0, "Timeout", Transient: true, MayHaveArrived: isPost), [], !isPost, null);
        }
        catch (ConnectorException ex)
        {
            return new Attempt(new ConnectorOutcome.Failed(0, ex.ErrorCode, Transient: false), [], false, null); // refused by ConnectorAuthHandler
        }
    }

    // A POST creates a message: after a network error it is sent again only when the connection was never made, so
    // Teams cannot have received it. PUT (update), DELETE and GET are idempotent and may always be repeated.
    private static bool MaySendAgain(HttpMethod method, HttpRequestException error) =>
        method != HttpMethod.Post || error.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError;

    // learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit: 412, 502, 503 and 504 are worth another try, like 429.
    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private static TimeSpan Backoff(TimeSpan baseDelay, int attempt) =>
        baseDelay * Math.Pow(2, attempt - 1) * (0.8 + (0.4 * Random.Shared.NextDouble())); // ±20 % jitter spreads a burst

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date is { } date ? date - timeProvider.GetUtcNow() : null);
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
    }

    private void Report(string operation, ConnectorOutcome failure, int attempts)
    {
        switch (failure)
        {
            case ConnectorOutcome.Throttled throttled:
                ProtocolLog.ConnectorThrottled(logger, operation, attempts, (long?)throttled.RetryAfter?.TotalMilliseconds);
                break;
            case ConnectorOutcome.Gone gone:
                ProtocolLog.ConnectorGone(logger, operation, gone.Status, gone.ErrorCode);
                break;
            case ConnectorOutcome.Failed failed:
                ProtocolLog.ConnectorFailed(logger, operation, failed.Status, attempts, failed.Reason);
                break;
        }
    }

    private static int Status(ConnectorOutcome failure) => failure switch
    {
        ConnectorOutcome.Throttled => 429,
        ConnectorOutcome.Gone gone => gone.Status,
        ConnectorOutcome.Failed failed => failed.Status,
        _ => 0,
    };

    /// The Connector's error body: `{"error":{"code":"…","message":"…"}}`; Teams may add a subCode such as
    /// MessageWritesBlocked (learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages), which says more than the code.
    private static async Task<string> ErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object)
            {
                foreach (var name in (string[])["subCode", "code"])
                {
                    if (error.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
                    {
                        return LogValue.Clean(text);
                    }
                }
            }
        }
        catch (JsonException)
        {
            // not a Connector error body
        }

        return response.ReasonPhrase ?? "error";
    }

    private sealed record Attempt(ConnectorOutcome? Failure, byte[] Body, bool MayRepeat, TimeSpan? RetryAfter);
}
