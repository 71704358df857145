namespace KommunalBot.Bot.Cards.Templating;

internal sealed record ObjectNode(string Path, IReadOnlyList<(string Key, TemplateNode Value)> Properties) : TemplateNode(Path)
{
    public TemplateNode? Get(string key) => Properties.FirstOrDefault(p => p.Key == key).Value;
}
