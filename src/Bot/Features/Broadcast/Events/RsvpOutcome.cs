namespace KommunalBot.Bot.Features.Broadcast.Events;

/// What <see cref="EventRsvps.Answer"/> decided. Closed: the constructor is private.
internal abstract record RsvpOutcome
{
    private RsvpOutcome()
    {
    }

    /// The event with this answer; <paramref name="Mine"/> is the presser's entry, <paramref name="Promoted"/> those
    /// who moved from the waiting list to a place because of it.
    public sealed record Recorded(BroadcastEvent Event, EventRsvp Mine, IReadOnlyList<EventRsvp> Promoted) : RsvpOutcome;

    public sealed record Refused(RsvpRefusal Reason) : RsvpOutcome;
}
