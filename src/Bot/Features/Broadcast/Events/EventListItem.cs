namespace KommunalBot.Bot.Features.Broadcast.Events;

/// One event on the list card: <see cref="CanSeeAttendees"/> shows the "Teilnehmerliste" button (editors, organisers),
/// <see cref="CanManage"/> "Ändern" and the "Absagen" step (editors who may send to the event's region, while it is not cancelled).
internal sealed record EventListItem(
    string EventId, string Title, string Organiser, string When, string Where, string Counts, bool Cancelled, bool CanSeeAttendees, bool CanManage);
