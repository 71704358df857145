namespace KommunalBot.Bot.Features.Delivery;

/// A tenant or conversation in a <see cref="SchedulerLine{T}"/>: where it is and the time it was placed by (a sorted
/// set finds an item by the keys it was added with, so they are copies, changed only while it is out of the sets).
internal interface ISchedulerPlaced
{
    SchedulerPlacement Placement { get; set; }

    long PlacedReadyAt { get; set; }
}
