namespace KommunalBot.Bot.Features.Broadcast.Events;

/// Why an answer was not taken.
internal enum RsvpRefusal
{
    /// The event was cancelled.
    Cancelled,

    /// The registration deadline passed: only an Absage is still taken (it frees a place for the waiting list).
    DeadlinePassed,

    /// The event has begun: nothing changes any more.
    Started,
}
