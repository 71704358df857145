namespace KommunalBot.Bot.Protocol.Connector;

/// What became of one Connector call, as a value the caller decides on (learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit):
/// a turn reply throws on anything but <see cref="Sent"/> (<see cref="EnsureSent"/>), an outbox keeps the item
/// and tries again after <see cref="Throttled.RetryAfter"/>, retires the reference on <see cref="Gone"/>.
/// Closed: the constructor is private, so these four are all there are.
public abstract record ConnectorOutcome
{
    private ConnectorOutcome()
    {
    }

    /// Teams accepted the call. <paramref name="ActivityId"/>: the message posted or updated (null for a delete);
    /// <paramref name="ConversationId"/>: where it is (for a new thread, the thread's `…;messageid=…` id).
    public sealed record Sent(string? ActivityId, string ConversationId) : ConnectorOutcome;

    /// 429: the bot is over a Teams rate limit. <paramref name="RetryAfter"/> is Teams' Retry-After, null when it named none.
    public sealed record Throttled(TimeSpan? RetryAfter) : ConnectorOutcome;

    /// 403 (e.g. subCode MessageWritesBlocked: the bot was blocked or uninstalled) or 404 (conversation or message
    /// no longer there): trying again cannot help. <paramref name="ErrorCode"/> is the body's subCode or code.
    public sealed record Gone(int Status, string ErrorCode) : ConnectorOutcome;

    /// Anything else. <paramref name="Status"/> is 0 when no answer came (network error, untrusted serviceUrl);
    /// <paramref name="Transient"/>: 412, 502, 503, 504 or a network error, worth another try later.
    /// <paramref name="MayHaveArrived"/>: a POST went out but no answer came back (the connection dropped after it was
    /// sent, or the call timed out): Teams may have posted the message, so sending it again could post it twice.
    public sealed record Failed(int Status, string Reason, bool Transient, bool MayHaveArrived = false) : ConnectorOutcome;

    /// For turn code, where a failed reply is a broken turn: the <see cref="Sent"/>, or a <see cref="ConnectorException"/>.
    public Sent EnsureSent(string operation) => this switch
    {
        Sent sent => sent,
        Throttled => throw new ConnectorException(operation, 429, "Throttled"),
        Gone gone => throw new ConnectorException(operation, gone.Status, gone.ErrorCode),
        Failed failed => throw new ConnectorException(operation, failed.Status, failed.Reason),
        _ => throw new InvalidOperationException("unknown outcome"),
    };
}
