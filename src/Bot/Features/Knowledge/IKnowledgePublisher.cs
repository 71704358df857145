namespace KommunalBot.Bot.Features.Knowledge;

/// The one way other features change the knowledge base: an editor-approved item becomes searchable on this
/// instance when the call returns, on every other instance within <see cref="KnowledgeOptions.PublishedCheckInterval"/>,
/// and stays so across restarts.
public interface IKnowledgePublisher
{
    /// Adds or replaces the item. Throws <see cref="ArgumentException"/> for an item without id, title, text, topic or source.
    Task<PublishOutcome> PublishAsync(PublishedArticle article, CancellationToken cancellationToken);

    /// Removes the item; false when no item with this id was published.
    Task<bool> WithdrawAsync(string id, CancellationToken cancellationToken);
}
