namespace KommunalBot.Bot.Features.Broadcast.Events;

/// One person's answer. <see cref="Seq"/> counts the event's answers: the waiting list is in the order of it, and
/// a person who answers again gets a new one only when their answer changes (waiting keeps its place).
internal sealed record EventRsvp
{
    public required RsvpPerson Person { get; init; }

    public required RsvpStatus Status { get; init; }

    public required long Seq { get; init; }

    public required DateTimeOffset AnsweredUtc { get; init; }
}
