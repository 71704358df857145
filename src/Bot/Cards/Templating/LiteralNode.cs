using System.Text.Json.Nodes;

namespace KommunalBot.Bot.Cards.Templating;

/// A value without templating: copied as is.
internal sealed record LiteralNode(string Path, JsonNode? Value) : TemplateNode(Path);
