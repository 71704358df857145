namespace KommunalBot.Bot.Features.Broadcast;

/// Where an announcement stands (stored as text): written and previewed, waiting for its send time, or sent.
public enum AnnouncementStatus { Draft, Scheduled, Sent }
