namespace KommunalBot.Bot.Features.Broadcast.Events;

/// An event as read, with the version to write against.
internal sealed record StoredEvent(BroadcastEvent Event, string ETag);
