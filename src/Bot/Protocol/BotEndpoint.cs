using System.Diagnostics;
using System.Text.Json;
using KommunalBot.Bot.Protocol.Auth;
using KommunalBot.Bot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Protocol;

/// POST /api/messages: read (size-limited), authenticate, parse, route, answer (protocol doc §1 "Bot endpoint responses").
internal static class BotEndpoint
{
    public static async Task HandleAsync(
        HttpContext http,
        InboundAuthenticator authenticator,
        BotRouter router,
        ConnectorClient connector,
        ServiceUrlTrust trust,
        IOptions<BotOptions> options,
        ITurnErrorReporter errorReporter,
        ILogger<BotRouter> logger)
    {
        var started = Stopwatch.GetTimestamp();
        var body = await ReadBodyAsync(http.Request, options.Value.MaxActivityBytes, http.RequestAborted);
        if (body is null)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var header = http.Request.Headers.Authorization.ToString();
        var activity = Parse(body, out var problem);
        if (activity is null)
        {
            ProtocolLog.Malformed(logger, problem);
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var auth = await authenticator.AuthenticateAsync(header, activity, http.Connection.RemoteIpAddress, http.RequestAborted);
        if (!auth.IsAuthenticated)
        {
            ProtocolLog.Refused(logger, auth.Reason!);
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (auth.CallerAppId is not null && !string.IsNullOrEmpty(activity.ServiceUrl))
        {
            trust.Trust(activity.ServiceUrl); // its serviceurl claim matched: replies may go there
        }

        // One scope per turn: every log line of this activity carries these (structured and readable).
        using var scope = logger.BeginScope(
            "Activity {CorrelationId} in conversation {ConversationId} of tenant {TenantId}",
            activity.Id ?? http.TraceIdentifier, activity.Conversation?.Id, activity.TenantId());

        // The turn runs to completion even if the channel gives up waiting; replies go out proactively.
        var turn = new TurnContext(activity, connector, CancellationToken.None);
        try
        {
            await router.RouteAsync(turn);
        }
        catch (Exception ex)
        {
            ProtocolLog.TurnFailed(logger, ex, activity.Type!);
            await ReportSafelyAsync(errorReporter, turn, logger);
            turn.InvokeResponse ??= activity.Type == ActivityTypes.Invoke
                ? InvokeResponse.Error(500, "InternalError", "The bot could not handle this action.")
                : null;
        }

        var status = await WriteResponseAsync(http.Response, turn.InvokeResponse);
        ProtocolLog.Handled(logger, activity.Type!, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, status);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static Activity? Parse(byte[] body, out string problem)
    {
        problem = string.Empty;
        try
        {
            var activity = JsonSerializer.Deserialize(body, ProtocolJsonContext.Default.Activity);
            if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
            {
                problem = "body is not an activity (no type)";
                return null;
            }

            return activity;
        }
        catch (JsonException ex)
        {
            problem = $"invalid JSON at {ex.Path} (line {ex.LineNumber})";
            return null;
        }
    }

    private static async Task ReportSafelyAsync(ITurnErrorReporter reporter, TurnContext turn, ILogger logger)
    {
        try
        {
            await reporter.ReportAsync(turn);
        }
        catch (Exception ex)
        {
            ProtocolLog.TurnFailed(logger, ex, "error report");
        }
    }

    private static async Task<int> WriteResponseAsync(HttpResponse response, InvokeResponse? invoke)
    {
        if (invoke is null)
        {
            response.StatusCode = StatusCodes.Status200OK;
            return 200;
        }

        response.StatusCode = invoke.Status;
        if (invoke.Body is not null)
        {
            response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(response.Body, invoke.Body, ProtocolJsonContext.Default.JsonObject);
        }

        return invoke.Status;
    }
}
