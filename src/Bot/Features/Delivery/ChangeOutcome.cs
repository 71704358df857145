namespace KommunalBot.Bot.Features.Delivery;

/// What <see cref="IOutbox.UpdateAsync"/> or <see cref="IOutbox.RecallAsync"/> did. Closed: the constructor is private.
public abstract record ChangeOutcome
{
    private ChangeOutcome()
    {
    }

    /// The change is stored; the sender applies it to <paramref name="Posted"/> posted copies, and
    /// <paramref name="NotYetSent"/> copies will go out changed (update) or not at all (recall).
    public sealed record Accepted(int Posted, int NotYetSent) : ChangeOutcome;

    public sealed record Refused(DeliveryRefusal Reason, string Detail) : ChangeOutcome;
}
