namespace KommunalBot.Bot.Features.Ask;

/// One fact that answers the question (cards/answer.json `directFacts`).
internal sealed record DirectFact(string Label, string Value);
