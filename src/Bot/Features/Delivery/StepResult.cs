namespace KommunalBot.Bot.Features.Delivery;

/// What one step did. <paramref name="Record"/> is the record as now stored (null: it vanished, e.g. erased, or could not
/// be read back: the sender reads the content again). <paramref name="Call"/> says whether a Connector call counts
/// against the rate limits (answered at <paramref name="At"/>) or was throttled (<paramref name="RetryAfter"/>).
/// <paramref name="ConversationGone"/>: Teams said the conversation is gone.
internal sealed record StepResult(Stored<DeliveryRecord>? Record, StepCall Call, DateTimeOffset At, TimeSpan? RetryAfter = null, bool ConversationGone = false);
