namespace KommunalBot.Bot.Cards.Templating;

internal sealed record ArrayNode(string Path, IReadOnlyList<TemplateNode> Items) : TemplateNode(Path);
