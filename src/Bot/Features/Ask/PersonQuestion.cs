namespace KommunalBot.Bot.Features.Ask;

/// The content of an `ask/person/{personKey}/{questionId}` index entry: only the date, for retention.
internal sealed record PersonQuestion(DateTimeOffset AskedUtc);
