namespace KommunalBot.Bot.Features.Ask;

/// A titled list of a Steckbrief (Fachverfahren, Transportwege, Anbindung, ...).
internal sealed record SteckbriefSection(string Title, IReadOnlyList<string> Items);
