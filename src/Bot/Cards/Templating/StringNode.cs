namespace KommunalBot.Bot.Cards.Templating;

/// A string with "${...}": one expression (any JSON type) or an interpolated string.
internal sealed record StringNode(string Path, TemplateString Template) : TemplateNode(Path);
