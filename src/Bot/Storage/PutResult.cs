namespace KommunalBot.Bot.Storage;

/// <see cref="ETag"/> is the new version when written, null on conflict.
public sealed record PutResult(PutOutcome Outcome, string? ETag);
