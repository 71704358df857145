using System.Diagnostics;
using System.Text.Json;
using KommunalBot.Bot.Protocol.Auth;
using KommunalBot.Bot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Protocol;

/// POST /api/messages: read (size-limited), authenticate, parse, route, answer (learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication).
internal static partial class BotEndpoint
{
    /// The apology after a turn ran out of time gets a short budget of its own (one connector call).
    private static readonly TimeSpan ApologyTimeout = TimeSpan.FromSeconds(5);

    public static async Task HandleAsync(
        HttpContext http,
        InboundAuthenticator authenticator,
        TurnRunner turns,
        ServiceUrlTrust trust,
        IOptions<BotOptions> options,
        DuplicateActivities duplicates,
        ILogger<BotRouter> logger)
    {
        var started = Stopwatch.GetTimestamp();
        if (!IsJson(http.Request.ContentType))
        {
            ProtocolLog.UnsupportedMediaType(logger, LogValue.Clean(http.Request.ContentType));
            http.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }

        var body = await ReadBodyAsync(http.Request, options.Value.MaxActivityBytes, http.RequestAborted);
        if (body is null)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var activity = Parse(body, options.Value, out var problem);
        if (activity is null)
        {
            ProtocolLog.Malformed(logger, problem);
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var header = http.Request.Headers.Authorization.ToString();
        var local = LocalCaller.IsLocal(http);
        var auth = await authenticator.AuthenticateAsync(header, activity, local, http.RequestAborted);
        if (!auth.IsAuthenticated)
        {
            ProtocolLog.Refused(logger, auth.Reason!);
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        // Replies may carry the bot's token only where the channel's own token vouched for the serviceUrl,
        // or to the Emulator on this machine.
        if (auth.TrustsServiceUrl || (auth.IsEmulator && local && IsLoopbackUrl(activity.ServiceUrl)))
        {
            trust.Trust(activity.ServiceUrl!);
        }

        var invoke = await turns.RunAsync(activity, http.TraceIdentifier, http.RequestAborted);
        if (http.RequestAborted.IsCancellationRequested)
        {
            // The channel gave up waiting and will deliver the activity again: let that delivery through.
            await duplicates.ReleaseAsync(activity, CancellationToken.None);
            return;
        }

        var status = await WriteResponseAsync(http.Response, invoke);
        ProtocolLog.Handled(logger, LogValue.Clean(activity.Type), (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, status);
    }

    /// The error boundary: everything a turn does runs inside it, and nothing from it reaches the channel
    /// as a 500 except a real bug in an invoke, which Teams shows as a failed action.
    internal static async Task<InvokeResponse?> RunTurnAsync(
        BotRouter router, ITurnErrorReporter errorReporter, TurnContext turn, ConnectorClient connector, ILogger logger)
    {
        var activity = turn.Activity;
        try
        {
            await router.RouteAsync(turn);
            return turn.InvokeResponse;
        }
        catch (OperationCanceledException) when (turn.CancellationToken.IsCancellationRequested)
        {
            ProtocolLog.TurnCancelled(logger, LogValue.Clean(activity.Type));
            using var apology = new CancellationTokenSource(ApologyTimeout);
            await ReportSafelyAsync(errorReporter, new TurnContext(activity, connector, apology.Token), logger);
            return turn.InvokeResponse ?? Timeout(activity);
        }
        catch (Exception ex)
        {
            ProtocolLog.TurnFailed(logger, ex, LogValue.Clean(activity.Type));
            await ReportSafelyAsync(errorReporter, turn, logger);
            return turn.InvokeResponse ?? (activity.Type == ActivityTypes.Invoke
                ? InvokeResponse.Error(500, "InternalError", "The bot could not handle this action.")
                : null);
        }
    }

    private static InvokeResponse? Timeout(Activity activity) => activity.Type == ActivityTypes.Invoke
        ? InvokeResponse.Error(503, "Timeout", "The bot could not finish this action in time.")
        : null;

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
