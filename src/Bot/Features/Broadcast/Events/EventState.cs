namespace KommunalBot.Bot.Features.Broadcast.Events;

/// Whether an event takes place (stored as text). A cancelled event keeps its answers until retention deletes it.
internal enum EventState { Scheduled, Cancelled }
