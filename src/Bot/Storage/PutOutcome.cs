namespace KommunalBot.Bot.Storage;

public enum PutOutcome { Written, Conflict }
