namespace KommunalBot.Bot.Protocol.Connector;

/// Section `Connector`: how the bot talks to the Bot Connector service.
public sealed class ConnectorOptions
{
    /// The public, GCC and GCCH Teams service URLs (learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages), always trusted.
    public static readonly IReadOnlyList<string> TeamsServiceUrls =
    [
        "https://smba.trafficmanager.net/teams/",
        "https://smba.infra.gcc.teams.microsoft.com/gcc",
        "https://smba.infra.gov.teams.microsoft.us/gcch",
    ];

    /// Further service URLs the bot may send its token to before any activity came from them.
    public List<string> TrustedServiceUrls { get; set; } = [];

    /// <see cref="ConnectorRetry.Brief"/>: retries after the first attempt for 429, 412, 502, 503, 504 and network errors.
    public int MaxRetries { get; set; } = 4;

    /// First back-off delay when the answer has no Retry-After; doubles per attempt, with jitter.
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <see cref="ConnectorRetry.Brief"/>: the most one call waits between its attempts in total. A Retry-After that
    /// does not fit ends the call as Throttled: a user waiting for a reply is better served by an apology.
    public TimeSpan MaxRetryWait { get; set; } = TimeSpan.FromSeconds(5);
}
