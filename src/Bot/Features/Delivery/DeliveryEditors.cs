namespace KommunalBot.Bot.Features.Delivery;

/// The editors' side of the outbox, shared by the admin API and the cards in Teams: the most recent sends with
/// their reports, and recall (logged, since it changes what hundreds of conversations see).
internal sealed class DeliveryEditors(DeliveryStore store, IOutbox outbox, ILogger<DeliveryEditors> logger)
{
    /// The reports of the <paramref name="limit"/> most recently enqueued contents, newest first.
    public async Task<IReadOnlyList<DeliveryReport>> RecentAsync(int limit, CancellationToken cancellationToken)
    {
        var contents = new List<(DateTimeOffset CreatedUtc, string ContentId)>();
        await foreach (var content in store.ListContentsAsync(cancellationToken))
        {
            contents.Add((content.Value.CreatedUtc, content.Value.ContentId));
        }

        var reports = new List<DeliveryReport>();
        foreach (var (_, contentId) in contents.OrderByDescending(c => c.CreatedUtc).ThenBy(c => c.ContentId, StringComparer.Ordinal).Take(limit))
        {
            if (await outbox.ReportAsync(contentId, cancellationToken) is { } report)
            {
                reports.Add(report); // a content deleted meanwhile (retention) is left out
            }
        }

        return reports;
    }

    /// <paramref name="via"/> names the door ("admin API", "Teams") for the log.
    public async Task<ChangeOutcome> RecallAsync(string contentId, RecallMode mode, string via, CancellationToken cancellationToken)
    {
        var outcome = await outbox.RecallAsync(contentId, mode, cancellationToken);
        if (outcome is ChangeOutcome.Accepted accepted)
        {
            DeliveryEditorLog.Recalled(logger, contentId, mode, via, accepted.Posted, accepted.NotYetSent);
        }

        return outcome;
    }
}
