namespace KommunalBot.Bot.Features.Delivery;

/// Report, update and recall: read or change the content, then let the sender apply it to the posted copies.
internal sealed partial class Outbox
{
    public async Task<DeliveryReport?> ReportAsync(string contentId, CancellationToken cancellationToken)
    {
        if (!ValidContentId(contentId) || await store.GetContentAsync(contentId, cancellationToken) is not { } stored)
        {
            return null;
        }

        var content = stored.Value;
        var counts = new Dictionary<DeliveryState, int>();
        var failures = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var record in store.ListRecordsAsync(contentId, cancellationToken))
        {
            var state = record.Value.State;
            counts[state] = counts.GetValueOrDefault(state) + 1;
            if (state == DeliveryState.Failed)
            {
                var reason = record.Value.LastError ?? "unbekannt";
                failures[reason] = failures.GetValueOrDefault(reason) + 1;
            }
        }

        int Count(DeliveryState state) => counts.GetValueOrDefault(state);
        return new DeliveryReport(
            content.ContentId, content.Owner, content.Summary, content.CreatedUtc, content.CompletedUtc,
            counts.Values.Sum(), Count(DeliveryState.Sent), Count(DeliveryState.Pending) + Count(DeliveryState.Sending),
            Count(DeliveryState.Failed), Count(DeliveryState.Retired), Count(DeliveryState.Unknown),
            content.Recalled is not null, content.Version,
            failures.Select(f => new FailureCount(f.Key, f.Value)).OrderByDescending(f => f.Count).ToList());
    }

    public async Task<ChangeOutcome> UpdateAsync(DeliveryContent content, CancellationToken cancellationToken)
    {
        if (Check(content) is { } refusal)
        {
            return new ChangeOutcome.Refused(refusal.Reason, refusal.Detail);
        }

        var message = Serialize(content.Message);
        return await ChangeAsync(content.ContentId, current => current with
        {
            Version = current.Version + 1,
            MessageJson = message,
            Summary = content.Message.Summary!,
        }, cancellationToken);
    }

    public Task<ChangeOutcome> RecallAsync(string contentId, RecallMode mode, CancellationToken cancellationToken) =>
        ChangeAsync(contentId, current => current with { Recalled = mode }, cancellationToken);

    /// Applies <paramref name="change"/> to the stored content (if-match, read again on a conflict), then opens it for the sender.
    private async Task<ChangeOutcome> ChangeAsync(string contentId, Func<StoredContent, StoredContent> change, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (!ValidContentId(contentId) || await store.GetContentAsync(contentId, cancellationToken) is not { } stored)
            {
                return new ChangeOutcome.Refused(DeliveryRefusal.UnknownContent, $"No content '{contentId}' was enqueued.");
            }

            if (stored.Value.Recalled is not null)
            {
                return new ChangeOutcome.Refused(DeliveryRefusal.Recalled, $"Content '{contentId}' was recalled already.");
            }

            var now = timeProvider.GetUtcNow();
            var changed = change(stored.Value) with { ChangedUtc = now, CompletedUtc = null };
            if (await store.PutContentAsync(changed, stored.ETag, cancellationToken) is null)
            {
                continue;
            }

            var (posted, notYetSent) = (0, 0);
            await foreach (var record in store.ListRecordsAsync(contentId, cancellationToken))
            {
                posted += record.Value.State == DeliveryState.Sent ? 1 : 0;
                notYetSent += record.Value.Settled ? 0 : 1;
            }

            await store.OpenAsync(contentId, now, cancellationToken);
            signal.Raise();
            return new ChangeOutcome.Accepted(posted, notYetSent);
        }
    }
}
