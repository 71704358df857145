namespace KommunalBot.Bot.Protocol.Connector;

/// A turn reply or read the Connector did not accept (<see cref="ConnectorOutcome.EnsureSent"/>), which turn code treats as a
/// broken turn; or a request to an untrusted serviceUrl that <see cref="ConnectorAuthHandler"/> refused.
public sealed class ConnectorException(string operation, int status, string errorCode)
    : Exception($"Connector {operation} failed with HTTP {status} ({errorCode})")
{
    public string Operation { get; } = operation;

    public int Status { get; } = status;

    /// The error code from the body, e.g. `MessageWritesBlocked` (bot uninstalled or blocked).
    public string ErrorCode { get; } = errorCode;
}
