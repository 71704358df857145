namespace KommunalBot.Bot.Features.Ask;

internal sealed record SteckbriefLink(string Title, string Url);
