namespace KommunalBot.Bot.Features.Broadcast.Events;

/// The RSVP rules, a pure function of the event, the answer and the time (STYLE 9):
/// - a cancelled event or one that has begun takes no answer; after the registration deadline only an Absage is taken
///   (someone who cannot come should be able to say so, and their place goes to the waiting list);
/// - a Zusage gets a place while fewer than the capacity have one, otherwise the next place on the waiting list;
///   pressing Zusage again changes nothing (a waiting person keeps their place);
/// - when an accepted person switches to Vielleicht or Absage (or their answer is erased), the first waiting person
///   gets the place at once; lowering the capacity takes nobody's place, raising it fills the new places.
internal static class EventRsvps
{
    public static RsvpOutcome Answer(BroadcastEvent ev, RsvpPerson person, RsvpAnswer answer, DateTimeOffset nowUtc)
    {
        if (ev.State == EventState.Cancelled)
        {
            return new RsvpOutcome.Refused(RsvpRefusal.Cancelled);
        }

        if (nowUtc >= ev.Details.StartUtc)
        {
            return new RsvpOutcome.Refused(RsvpRefusal.Started);
        }

        if (answer != RsvpAnswer.Absage && nowUtc >= ev.Details.RegistrationEndsUtc)
        {
            return new RsvpOutcome.Refused(RsvpRefusal.DeadlinePassed);
        }

        var current = ev.RsvpOf(person.TenantId, person.ObjectId);
        var others = ev.Rsvps.Where(r => r != current).ToList();
        var status = answer switch
        {
            RsvpAnswer.Zusage when current?.Status is RsvpStatus.Accepted or RsvpStatus.Waiting => current.Status,
            RsvpAnswer.Zusage => HasPlace(others, ev.Details.Capacity) ? RsvpStatus.Accepted : RsvpStatus.Waiting,
            RsvpAnswer.Vielleicht => RsvpStatus.Maybe,
            _ => RsvpStatus.Declined,
        };
        if (current is not null && current.Status == status)
        {
            return new RsvpOutcome.Recorded(ev, current, []);
        }

        var mine = new EventRsvp { Person = person, Status = status, Seq = ev.LastSeq + 1, AnsweredUtc = nowUtc };
        var (rsvps, promoted) = Fill([.. others, mine], ev.Details.Capacity);
        return new RsvpOutcome.Recorded(ev with { Rsvps = rsvps, LastSeq = mine.Seq }, mine, promoted);
    }

    /// Gives free places to the waiting list in its order; returns the answers and who was promoted.
    public static (IReadOnlyList<EventRsvp> Rsvps, IReadOnlyList<EventRsvp> Promoted) Fill(IReadOnlyList<EventRsvp> rsvps, int? capacity)
    {
        var free = capacity is { } limit ? Math.Max(0, limit - rsvps.Count(r => r.Status == RsvpStatus.Accepted)) : int.MaxValue;
        var promoted = rsvps.Where(r => r.Status == RsvpStatus.Waiting).OrderBy(r => r.Seq).Take(free)
            .Select(r => r with { Status = RsvpStatus.Accepted }).ToList();
        var bySeq = promoted.ToDictionary(r => r.Seq);
        return ([.. rsvps.Select(r => bySeq.GetValueOrDefault(r.Seq, r))], promoted);
    }

    /// The event without the answers <paramref name="remove"/> picks (erasure), places refilled.
    public static (BroadcastEvent Event, IReadOnlyList<EventRsvp> Promoted) Remove(BroadcastEvent ev, Func<RsvpPerson, bool> remove)
    {
        var (rsvps, promoted) = Fill([.. ev.Rsvps.Where(r => !remove(r.Person))], ev.Details.Capacity);
        return (ev with { Rsvps = rsvps }, promoted);
    }

    private static bool HasPlace(IReadOnlyList<EventRsvp> others, int? capacity) =>
        capacity is not { } limit || others.Count(r => r.Status == RsvpStatus.Accepted) < limit;
}
