namespace KommunalBot.Bot.Features.Delivery;

/// Which of the scheduler's ordered sets holds a tenant or conversation with queued work.
internal enum SchedulerPlacement
{
    /// Nothing queued, or it waits until a call in flight completes.
    None,

    /// Ordered by the time its work may go.
    Waiting,

    /// Its work may go now; ordered by priority.
    Ready,
}
