namespace KommunalBot.Bot.Features.Ask;

/// A service on a page of one Themenfeld (cards/services.json `services`).
internal sealed record ServiceLine(string ServiceId, string Name, string? Land);
