namespace KommunalBot.Bot.Features.Broadcast;

/// What a channel can subscribe to (stored as text).
public enum BroadcastKind { BestPractice, Event, News }
