namespace KommunalBot.Bot.Features.Ask;

/// A service offered as a button ("Meinten Sie …?", closest services of a no-answer).
internal sealed record ServiceButton(string ServiceId, string Name);
