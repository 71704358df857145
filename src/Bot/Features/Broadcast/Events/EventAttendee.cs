namespace KommunalBot.Bot.Features.Broadcast.Events;

/// One answer as `GET /admin/broadcast/events/{id}/attendees` lists it; <see cref="WaitingPlace"/> is 0 unless waiting.
internal sealed record EventAttendee(string Name, string TenantId, string ObjectId, RsvpStatus Status, int WaitingPlace, DateTimeOffset AnsweredUtc);
