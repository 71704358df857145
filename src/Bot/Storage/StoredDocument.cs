namespace KommunalBot.Bot.Storage;

public sealed record StoredDocument(string Key, string Json, string ETag);
