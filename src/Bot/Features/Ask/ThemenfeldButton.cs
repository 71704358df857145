namespace KommunalBot.Bot.Features.Ask;

/// A Themenfeld of the `dienste` overview with the number of its services.
internal sealed record ThemenfeldButton(string Name, int Count);
