using KommunalBot.Bot.Features.Broadcast.Events;

namespace KommunalBot.Bot.Tests.Features.Broadcast;

/// The RSVP rules as one pure function: places, waiting list, promotion, deadline, start and cancellation.
public sealed class EventRsvpsTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 10, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(null, 0, RsvpAnswer.Zusage, RsvpStatus.Accepted)]
    [InlineData(2, 1, RsvpAnswer.Zusage, RsvpStatus.Accepted)]
    [InlineData(2, 2, RsvpAnswer.Zusage, RsvpStatus.Waiting)]
    [InlineData(2, 2, RsvpAnswer.Vielleicht, RsvpStatus.Maybe)]
    [InlineData(2, 2, RsvpAnswer.Absage, RsvpStatus.Declined)]
    [InlineData(null, 500, RsvpAnswer.Zusage, RsvpStatus.Accepted)]
    internal void Answer_WithPlacesTaken_PutsTheNewcomerWhereTheRulesSay(int? capacity, int taken, RsvpAnswer answer, RsvpStatus expected)
    {
        var ev = Event(capacity, Enumerable.Range(0, taken).Select(i => (Person(i), RsvpAnswer.Zusage)).ToArray());

        var recorded = Assert.IsType<RsvpOutcome.Recorded>(EventRsvps.Answer(ev, Person(999), answer, Now));

        Assert.Equal(expected, recorded.Mine.Status);
        Assert.Empty(recorded.Promoted);
    }

    [Theory]
    [InlineData(RsvpAnswer.Vielleicht)]
    [InlineData(RsvpAnswer.Absage)]
    internal void Answer_AcceptedPersonLeaves_FirstWaitingGetsThePlace(RsvpAnswer leaving)
    {
        var ev = Event(2, (Person(1), RsvpAnswer.Zusage), (Person(2), RsvpAnswer.Zusage), (Person(3), RsvpAnswer.Zusage), (Person(4), RsvpAnswer.Zusage));

        var recorded = Assert.IsType<RsvpOutcome.Recorded>(EventRsvps.Answer(ev, Person(1), leaving, Now));

        Assert.Equal(Person(3), Assert.Single(recorded.Promoted).Person);
        Assert.Equal(2, recorded.Event.Count(RsvpStatus.Accepted));
        var still = recorded.Event.RsvpOf(Person(4).TenantId, Person(4).ObjectId)!;
        Assert.Equal(1, recorded.Event.WaitingPlace(still)); // the second in line moves up
    }

    [Fact]
    internal void Answer_WaitingPersonPressesZusageAgain_KeepsTheirPlace()
    {
        var ev = Event(1, (Person(1), RsvpAnswer.Zusage), (Person(2), RsvpAnswer.Zusage), (Person(3), RsvpAnswer.Zusage));

        var recorded = Assert.IsType<RsvpOutcome.Recorded>(EventRsvps.Answer(ev, Person(2), RsvpAnswer.Zusage, Now));

        Assert.Same(ev, recorded.Event); // nothing to write
        Assert.Equal(1, ev.WaitingPlace(recorded.Mine));
    }

    [Fact]
    internal void Answer_WaitingPersonSaysMaybeThenZusage_GoesToTheEndOfTheList()
    {
        var ev = Event(1, (Person(1), RsvpAnswer.Zusage), (Person(2), RsvpAnswer.Zusage), (Person(3), RsvpAnswer.Zusage));
        ev = ((RsvpOutcome.Recorded)EventRsvps.Answer(ev, Person(2), RsvpAnswer.Vielleicht, Now)).Event;

        var recorded = Assert.IsType<RsvpOutcome.Recorded>(EventRsvps.Answer(ev, Person(2), RsvpAnswer.Zusage, Now));

        Assert.Equal(2, recorded.Event.WaitingPlace(recorded.Mine));
    }

    [Theory]
    [InlineData(RsvpAnswer.Zusage, "DeadlinePassed")]
    [InlineData(RsvpAnswer.Vielleicht, "DeadlinePassed")]
    [InlineData(RsvpAnswer.Absage, null)] // someone who cannot come may still say so
    internal void Answer_AfterTheDeadline_OnlyAnAbsageIsTaken(RsvpAnswer answer, string? refusal)
    {
        var ev = Event(10, (Person(1), RsvpAnswer.Zusage));
        ev = ev with { Details = ev.Details with { DeadlineUtc = Now.AddHours(-1) } };

        var outcome = EventRsvps.Answer(ev, Person(1), answer, Now);

        Assert.Equal(refusal, (outcome as RsvpOutcome.Refused)?.Reason.ToString());
    }

    [Theory]
    [InlineData(RsvpAnswer.Zusage)]
    [InlineData(RsvpAnswer.Absage)]
    internal void Answer_CancelledOrBegun_IsRefused(RsvpAnswer answer)
    {
        var ev = Event(10);

        Assert.Equal(RsvpRefusal.Cancelled, Assert.IsType<RsvpOutcome.Refused>(EventRsvps.Answer(ev with { State = EventState.Cancelled }, Person(1), answer, Now)).Reason);
        Assert.Equal(RsvpRefusal.Started, Assert.IsType<RsvpOutcome.Refused>(EventRsvps.Answer(ev, Person(1), answer, ev.Details.StartUtc)).Reason);
    }

    [Theory]
    [InlineData(4, 4, 1)] // a higher capacity fills the new places from the waiting list
    [InlineData(null, 5, 0)] // no limit: nobody waits
    [InlineData(1, 3, 2)] // a lower capacity takes nobody's place
    internal void Fill_AfterACapacityChange_PromotesInOrder(int? newCapacity, int accepted, int waiting)
    {
        var ev = Event(3, Enumerable.Range(0, 5).Select(i => (Person(i), RsvpAnswer.Zusage)).ToArray());

        var (rsvps, promoted) = EventRsvps.Fill(ev.Rsvps, newCapacity);

        Assert.Equal(accepted, rsvps.Count(r => r.Status == RsvpStatus.Accepted));
        Assert.Equal(waiting, rsvps.Count(r => r.Status == RsvpStatus.Waiting));
        Assert.Equal(Enumerable.Range(3, accepted - 3).Select(Person), promoted.Select(p => p.Person));
    }

    [Fact]
    internal void Remove_AnAcceptedPerson_PromotesTheFirstWaiting()
    {
        var ev = Event(1, (Person(1), RsvpAnswer.Zusage), (Person(2), RsvpAnswer.Zusage));

        var (after, promoted) = EventRsvps.Remove(ev, p => p == Person(1));

        Assert.Equal(Person(2), Assert.Single(promoted).Person);
        Assert.Equal(RsvpStatus.Accepted, Assert.Single(after.Rsvps).Status);
    }

    internal static RsvpPerson Person(int i) => new("tenant-a", $"00000000-0000-4000-8000-{i:000000000000}", $"29:1-user-{i}", $"Person {i}");

    /// An event with these answers given in this order.
    private static BroadcastEvent Event(int? capacity, params (RsvpPerson Person, RsvpAnswer Answer)[] answers)
    {
        var ev = new BroadcastEvent
        {
            Id = BroadcastEvent.NewId(),
            Details = new EventDetails
            {
                Title = "Digitalwerkstatt",
                Organiser = "BayKommun",
                StartUtc = Now.AddDays(4),
                EndUtc = Now.AddDays(4).AddHours(2),
                TimeZone = "Europe/Berlin",
                Place = "Ebersberg",
                Description = string.Empty,
                Capacity = capacity,
                Topics = [],
            },
            OrganiserObjectIds = [],
            State = EventState.Scheduled,
            Version = 1,
            CreatedByTenantId = "tenant-a",
            CreatedBy = "editor",
            CreatedUtc = Now.AddDays(-1),
            Rsvps = [],
        };
        foreach (var (person, answer) in answers)
        {
            ev = ((RsvpOutcome.Recorded)EventRsvps.Answer(ev, person, answer, Now)).Event;
        }

        return ev;
    }
}
