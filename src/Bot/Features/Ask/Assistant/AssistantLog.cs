namespace KommunalBot.Bot.Features.Ask.Assistant;

/// Assistant log messages, event ids 2100-2199. Never the API key; the question only at Debug, redacted.
internal static partial class AssistantLog
{
    [LoggerMessage(2100, LogLevel.Information, "AI assistant enabled: model {Model} at {EndpointHost}")]
    public static partial void Enabled(ILogger logger, string model, string endpointHost);

    [LoggerMessage(2101, LogLevel.Information, "AI answer phrased with {CitationCount} citations in {ElapsedMs} ms")]
    public static partial void Phrased(ILogger logger, int citationCount, long elapsedMs);

    [LoggerMessage(2102, LogLevel.Information, "AI answer discarded ({Reason}); the retrieval answer is shown")]
    public static partial void Discarded(ILogger logger, string reason);

    [LoggerMessage(2103, LogLevel.Warning, "AI assistant timed out after {TimeoutMs} ms (timeout); the retrieval answer is shown")]
    public static partial void TimedOut(ILogger logger, long timeoutMs);

    [LoggerMessage(2104, LogLevel.Warning, "AI assistant failed with HTTP {Status} (http-error); the retrieval answer is shown")]
    public static partial void HttpFailed(ILogger logger, int status);

    [LoggerMessage(2105, LogLevel.Warning, "AI assistant failed with {ExceptionType} (sdk-error); the retrieval answer is shown")]
    public static partial void SdkFailed(ILogger logger, string exceptionType);

    [LoggerMessage(2106, LogLevel.Debug, "AI assistant asked (redacted): {RedactedQuestion}")]
    public static partial void Asking(ILogger logger, string redactedQuestion);

    [LoggerMessage(2107, LogLevel.Debug, "AI assistant failure detail")]
    public static partial void FailureDetail(ILogger logger, Exception exception);
}
