namespace KommunalBot.Bot.Features.Knowledge;

/// Published; or refused because the id belongs to a file of the knowledge folder (files are maintained as files).
public enum PublishOutcome { Published, IdTakenByAFile }
