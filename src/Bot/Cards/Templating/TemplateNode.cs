using System.Text.Json.Nodes;

namespace KommunalBot.Bot.Cards.Templating;

/// A template prepared once (Template.prepare in adaptivecards-templating): every string containing
/// "${" is parsed up front, so a template with unsupported syntax fails when it is loaded, wherever the
/// string is. Path is the JSON Pointer of the node in the template, for error messages.
internal abstract record TemplateNode(string Path)
{
    public static TemplateNode Prepare(JsonNode? node, string path = "") => node switch
    {
        JsonObject obj => new ObjectNode(path, [.. obj.Select(p => (p.Key, Prepare(p.Value, path + "/" + TemplateException.Segment(p.Key))))]),
        JsonArray array => new ArrayNode(path, [.. array.Select((item, i) => Prepare(item, $"{path}/{i}"))]),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => PrepareString(v.GetValue<string>(), path),
        _ => new LiteralNode(path, node?.DeepClone()),
    };

    private static TemplateNode PrepareString(string text, string path)
    {
        try
        {
            return TemplateString.TryParse(text) is { } t ? new StringNode(path, t) : new LiteralNode(path, JsonValue.Create(text));
        }
        catch (TemplateException e)
        {
            throw TemplateException.At(path, e.Message);
        }
    }
}
