namespace KommunalBot.Bot.Protocol.Connector;

/// The Connector refused a call for good (after retries, or a status that is never retried).
public sealed class ConnectorException(string operation, int status, string errorCode)
    : Exception($"Connector {operation} failed with HTTP {status} ({errorCode})")
{
    public string Operation { get; } = operation;

    public int Status { get; } = status;

    /// The error code from the body, e.g. `MessageWritesBlocked` (bot uninstalled or blocked).
    public string ErrorCode { get; } = errorCode;
}
