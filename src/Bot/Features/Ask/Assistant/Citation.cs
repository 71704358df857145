namespace KommunalBot.Bot.Features.Ask.Assistant;

/// A knowledge-base source cited as "[Number]" in a phrased answer.
internal sealed record Citation(int Number, string Title, string Url, string? Snippet);
