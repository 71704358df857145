namespace KommunalBot.Bot.Features.Broadcast.Events;

/// One event on the list card: <see cref="CanSeeAttendees"/> shows the "Teilnehmerliste" button (editors, organisers).
internal sealed record EventListItem(
    string EventId, string Title, string Organiser, string When, string Where, string Counts, bool Cancelled, bool CanSeeAttendees);
