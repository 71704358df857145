namespace KommunalBot.Bot.Protocol.Connector;

/// How long one Connector call may keep its caller waiting, chosen per call.
public enum ConnectorRetry
{
    /// One attempt: a 429 comes back at once as <see cref="ConnectorOutcome.Throttled"/>, a 5xx as a transient
    /// <see cref="ConnectorOutcome.Failed"/>. For senders that keep their own schedule (an outbox).
    None,

    /// A few quick retries within Connector:MaxRetryWait in total, honouring Retry-After only when it fits:
    /// for replies while the user waits.
    Brief,
}
