namespace KommunalBot.Bot.Features.Ask.Assistant;

/// Text with in-text citations "[n]"; <see cref="Citations"/> holds exactly the numbers the text cites.
internal sealed record PhrasedAnswer(string Text, IReadOnlyList<Citation> Citations);
