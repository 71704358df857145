namespace KommunalBot.Bot.Features.Ask.Assistant;

/// One numbered source in the prompt with the facts ("Label: Value") and passages taken from it.
internal sealed record MaterialSource(
    int Number, string Title, string Url, IReadOnlyList<string> Facts, IReadOnlyList<(string Title, string Text)> Passages)
{
    /// Short extract for the citation pop-up: the first passage, else the facts.
    public string? Snippet => Passages.Count > 0 ? Passages[0].Text : Facts.Count > 0 ? string.Join("; ", Facts) : null;
}
