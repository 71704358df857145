using System.Text.Json.Nodes;
using KommunalBot.Bot.Cards.Templating;

namespace KommunalBot.Bot.Cards;

/// Binds Adaptive Card templates like the official engine, adaptivecards-templating 2.3.1:
/// `new Template(template).expand({ $root: data })`. Supported syntax: cards/README.md.
internal static class CardBinder
{
    private static readonly HashSet<string> ReservedKeys = ["$data", "$when", "$root", "$index", "$host", "$_acTemplateVersion"];

    /// Prepares the template (throws TemplateException on unsupported syntax) and binds it.
    public static BoundCard Bind(JsonNode template, JsonNode? data) => Bind(TemplateNode.Prepare(template), data);

    public static BoundCard Bind(TemplateNode template, JsonNode? data)
    {
        var scope = new EvalScope(JsValue.FromNode(data));
        var unresolved = new List<string>();
        var result = Expand(template, scope, unresolved);
        return new BoundCard(ReferenceEquals(result, JsValue.Undefined) ? null : (JsonNode?)result, unresolved);
    }

    // Template.internalExpand. Returns a new node, null, or JsValue.Undefined (the property is left out).
    private static object? Expand(TemplateNode node, EvalScope scope, List<string> unresolved) => node switch
    {
        LiteralNode l => l.Value?.DeepClone(),
        StringNode s => ToNode(Evaluate(s, scope, unresolved)),
        ArrayNode a => ExpandArray(a, scope, unresolved),
        ObjectNode o => ExpandObject(o, scope, unresolved),
        _ => throw new InvalidOperationException(node.GetType().Name),
    };

    private static object? ToNode(object? value) => ReferenceEquals(value, JsValue.Undefined) ? value : JsValue.ToNode(value);

    // Items that bind to null are dropped, arrays are spliced in.
    private static JsonArray ExpandArray(ArrayNode array, EvalScope scope, List<string> unresolved)
    {
        var result = new JsonArray();
        foreach (var item in array.Items)
        {
            var expanded = Expand(item, scope, unresolved);
            if (expanded is null) continue;
            if (expanded is JsonArray inner)
            {
                var items = inner.ToArray();
                inner.Clear();
                foreach (var x in items) result.Add(x);
            }
            else result.Add(ReferenceEquals(expanded, JsValue.Undefined) ? null : (JsonNode)expanded);
        }
        return result;
    }

    // An object is expanded once per item of its "$data" and kept where its "$when" is true:
    // no result gives null, one result the object, more an array.
    private static JsonNode? ExpandObject(ObjectNode obj, EvalScope scope, List<string> unresolved)
    {
        var (data, index) = (scope.Data, scope.Index);
        var contexts = new List<object?> { JsValue.Undefined };
        var isArray = false;
        if (obj.Get("$data") is { } dataNode)
        {
            var value = dataNode switch
            {
                StringNode s => Evaluate(s, scope, unresolved),
                LiteralNode l => JsValue.FromNode(l.Value),
                _ => throw TemplateException.At(dataNode.Path, "a literal object or array as \"$data\" is not supported; bind it with \"${...}\""),
            };
            isArray = value is JsonArray;
            contexts = value is JsonArray items ? [.. items.Select(JsValue.FromNode)] : [value];
        }
        var results = new List<JsonObject>();
        for (var i = 0; i < contexts.Count; i++)
        {
            if (isArray) scope.Index = (double)i;
            if (!ReferenceEquals(contexts[i], JsValue.Undefined)) scope.Data = contexts[i];
            if (Keep(obj.Get("$when"), scope)) results.Add(ExpandSingleObject(obj, scope, unresolved));
        }
        (scope.Data, scope.Index) = (data, index);
        return results.Count switch
        {
            0 => null,
            1 => results[0],
            _ => new JsonArray([.. results]),
        };
    }

    private static JsonObject ExpandSingleObject(ObjectNode obj, EvalScope scope, List<string> unresolved)
    {
        var result = new JsonObject();
        foreach (var (key, value) in obj.Properties)
        {
            if (ReservedKeys.Contains(key)) continue;
            var expanded = Expand(value, scope, unresolved);
            if (!ReferenceEquals(expanded, JsValue.Undefined)) result[key] = (JsonNode?)expanded;
        }
        return result;
    }

    // "$when": an expression keeps the object only when it is the boolean true (evaluated without
    // substitution, errors count as false); a value that is not an expression drops it when truthy.
    private static bool Keep(TemplateNode? when, EvalScope scope) => when switch
    {
        null => true,
        StringNode { Template.IsSingle: true } s => ExprEvaluator.Eval(s.Template.Single, scope, substitute: false) is { Error: null, Value: true },
        StringNode => false,
        LiteralNode l => JsValue.IsFalsy(JsValue.FromNode(l.Value)),
        _ => false,
    };

    // Template.internalTryEvaluateExpression with substitutions allowed.
    private static object? Evaluate(StringNode node, EvalScope scope, List<string> unresolved)
    {
        scope.Substituted = false;
        var t = node.Template;
        try
        {
            if (t.IsSingle)
            {
                var r = ExprEvaluator.Eval(t.Single, scope, substitute: true);
                if (r.Error is not null) throw new TemplateException($"{TemplateException.Show(t.Source)} failed: {r.Error}");
                if (scope.Substituted) unresolved.Add(node.Path);
                return r.Value;
            }
            var text = new System.Text.StringBuilder();
            var failed = false;
            foreach (var part in t.Parts)
            {
                var r = ExprEvaluator.Eval(part, scope, substitute: true);
                failed |= r.Error is not null;
                text.Append(JsValue.ToJsString(r.Error is null ? r.Value : "${" + part + "}"));
            }
            if (scope.Substituted || failed) unresolved.Add(node.Path);
            return text.ToString();
        }
        catch (TemplateException e) when (!e.Message.StartsWith('/'))
        {
            throw TemplateException.At(node.Path, e.Message);
        }
    }
}
