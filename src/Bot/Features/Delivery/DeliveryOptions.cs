namespace KommunalBot.Bot.Features.Delivery;

/// Section `Delivery`: the outbox and its sender. The limits default to Microsoft's rate-limit page for bots
/// (learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit), which says they may change: hence settings.
public sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    /// Per bot and conversation (a channel, group chat or 1:1), sending or creating a conversation.
    public string ConversationLimits { get; set; } = "7/1s,8/2s,60/30s,1800/1h";

    /// Per app and tenant, across all its conversations.
    public string TenantLimits { get; set; } = "50/1s";

    /// A message (serialized activity) over this many bytes is refused at enqueue: Teams' limit is about 100 KB
    /// including its own envelope.
    public int MaxMessageBytes { get; set; } = 80_000;

    /// Calls to the Connector in flight at once.
    public int MaxInFlight { get; set; } = 32;

    /// Attempts of one delivery through 5xx, 412 and network failures before it is Failed.
    public int MaxAttempts { get; set; } = 8;

    /// First wait after a transient failure, doubling per attempt (with jitter) up to <see cref="MaxBackoff"/>;
    /// also the first pause of a tenant after a 429 without Retry-After.
    public TimeSpan BaseBackoff { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// How often the sender looks for content enqueued or changed on another instance.
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// A Connector call that takes longer is given up; for a POST that makes the delivery Unknown.
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// Delivery records and their content are deleted this long after the content was settled (DSGVO: storage limitation).
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(90);

    internal IReadOnlyList<RateLimit> ConversationLimitList => field ??= RateLimit.ParseList(ConversationLimits);

    internal IReadOnlyList<RateLimit> TenantLimitList => field ??= RateLimit.ParseList(TenantLimits);
}
