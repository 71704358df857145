namespace KommunalBot.Bot.Features.Broadcast;

/// How often a subscribed channel gets its digest (stored as text).
public enum DigestFrequency { Weekly, Monthly }
