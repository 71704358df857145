namespace KommunalBot.Bot.Bench;

/// The Teams Connector a fan-out run posts to: this bench's own loopback one (<see cref="FanoutLoopbackConnector"/>)
/// or a running channel-sim (<see cref="FanoutChannelSim"/>). Either fills <see cref="Tally"/> with what it accepted.
internal abstract class FanoutConnector : IAsyncDisposable
{
    public FanoutTally Tally { get; } = new();

    /// Where the seeded conversation references point: `http://127.0.0.1:{port}/emea/`.
    public abstract string ServiceUrl { get; }

    public abstract string Description { get; }

    /// Forgets the previous run's calls.
    public abstract Task ResetAsync(CancellationToken cancellationToken);

    /// Brings <see cref="Tally"/> up to date (channel-sim is asked; the loopback connector counts as calls come in).
    public virtual Task RefreshAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// While raging, every post is answered 429.
    public abstract Task StormAsync(bool raging, CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();
}
