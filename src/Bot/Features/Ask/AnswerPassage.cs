namespace KommunalBot.Bot.Features.Ask;

/// A Fundstelle: another document that explains the question (cards/answer.json `passages`).
internal sealed record AnswerPassage(string Title, string Snippet);
