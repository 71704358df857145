namespace KommunalBot.Bot.Features.Ask;

/// A labelled line of a card (answer summary, Steckbrief facts).
internal sealed record CardFact(string Title, string Value);
