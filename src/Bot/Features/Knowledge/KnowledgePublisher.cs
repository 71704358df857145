namespace KommunalBot.Bot.Features.Knowledge;

/// Stores the item, then applies the store's state to this instance's index at once; other instances follow
/// at their next check (<see cref="PublishedKnowledgeCheck"/>).
internal sealed class KnowledgePublisher(PublishedStore store, KnowledgeHost host) : IKnowledgePublisher
{
    public async Task<PublishOutcome> PublishAsync(PublishedArticle article, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(article.Id);
        ArgumentException.ThrowIfNullOrWhiteSpace(article.Title);
        ArgumentException.ThrowIfNullOrWhiteSpace(article.Markdown);
        if (article.Topics.Count == 0 || article.Sources.Count == 0)
        {
            throw new ArgumentException("A published item needs at least one topic and one source.", nameof(article));
        }

        if (host.Knowledge.Get(article.Id)?.SourcePath is not null)
        {
            return PublishOutcome.IdTakenByAFile;
        }

        await store.PutAsync(article, cancellationToken);
        await host.SyncPublishedAsync(cancellationToken);
        return PublishOutcome.Published;
    }

    public async Task<bool> WithdrawAsync(string id, CancellationToken cancellationToken)
    {
        var withdrawn = await store.DeleteAsync(id, cancellationToken);
        await host.SyncPublishedAsync(cancellationToken);
        return withdrawn;
    }
}
