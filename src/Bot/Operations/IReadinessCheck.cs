namespace KommunalBot.Bot.Operations;

/// Something /readyz waits for: the store answering, the knowledge base loaded.
public interface IReadinessCheck
{
    string Name { get; }

    Task<bool> IsReadyAsync(CancellationToken cancellationToken);
}
