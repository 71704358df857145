namespace KommunalBot.Bot.Features.Delivery;

/// What <see cref="IOutbox.EnqueueAsync"/> did. Closed: the constructor is private.
public abstract record EnqueueOutcome
{
    private EnqueueOutcome()
    {
    }

    /// <paramref name="New"/> records were written, <paramref name="Existing"/> were there already (enqueued before),
    /// <paramref name="Refused"/> recipients could not be queued.
    public sealed record Queued(int New, int Existing, IReadOnlyList<RefusedRecipient> Refused) : EnqueueOutcome;

    /// Nothing was queued: the content itself cannot be sent.
    public sealed record Rejected(DeliveryRefusal Reason, string Detail) : EnqueueOutcome;
}
