namespace KommunalBot.Bot.Features.Delivery;

/// What became of one content's deliveries (for editors: admin endpoint and card).
/// <paramref name="Failures"/>: the reasons of failed deliveries, with how many failed for each.
/// <paramref name="Completed"/>: when the last delivery was settled (none pending or sending), else null.
public sealed record DeliveryReport(
    string ContentId,
    string Owner,
    string Summary,
    DateTimeOffset CreatedUtc,
    DateTimeOffset? Completed,
    int Total,
    int Delivered,
    int Pending,
    int Failed,
    int Retired,
    int Unknown,
    bool Recalled,
    int Version,
    IReadOnlyList<FailureCount> Failures)
{
    /// From enqueue to the last settled delivery.
    public TimeSpan? TimeToComplete => Completed - CreatedUtc;
}
