namespace KommunalBot.Bot.Tests.TestHost;

/// A clock the test sets. Timers and delays still run on real time (the base implementation),
/// so retries with short delays behave normally; only "now" is controlled.
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
