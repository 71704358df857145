using System.Diagnostics.CodeAnalysis;

namespace KommunalBot.Bot.Features.Delivery;

#pragma warning disable CS9113 // placeholder

/// Decides which delivery goes next and when (pure, single-threaded: the sender's loop owns it). PLACEHOLDER: the
/// contract below is fixed; the implementation is being written.
internal sealed class DeliveryScheduler(
    IReadOnlyList<RateLimit> conversationLimits,
    IReadOnlyList<RateLimit> tenantLimits,
    TimeSpan baseBackoff,
    TimeSpan maxBackoff,
    Func<double> jitter)
{
    public int Queued => throw new NotImplementedException();

    public int InFlight => throw new NotImplementedException();

    public bool Add(DeliveryWork work, DateTimeOffset notBefore) => throw new NotImplementedException();

    public bool TryTake(DateTimeOffset now, [NotNullWhen(true)] out DeliveryWork? work) => throw new NotImplementedException();

    public void Completed(DeliveryWork work, DateTimeOffset now) => throw new NotImplementedException();

    public void Released(DeliveryWork work) => throw new NotImplementedException();

    public void Throttled(DeliveryWork work, DateTimeOffset now, TimeSpan? retryAfter) => throw new NotImplementedException();

    public bool Remove(string key) => throw new NotImplementedException();

    public DateTimeOffset? NextChance(DateTimeOffset now) => throw new NotImplementedException();
}
