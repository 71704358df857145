using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace KommunalBot.Bot.Cards.Templating;

/// Evaluates the supported subset exactly as adaptive-expressions 4.23.3 does, including its quirks:
/// property names match case-insensitively, a missing value becomes the text "${path}" when substitution
/// is on (switched off inside `!`, `&&`, `||`, comparisons and `if` conditions), comparison operands that
/// fail make the comparison false.
internal static partial class ExprEvaluator
{
    private static readonly string[] ScopeNames = ["$root", "$data", "$index", "$host"];

    public static EvalResult Eval(Expr expr, EvalScope scope, bool substitute) => expr switch
    {
        ConstantExpr c => EvalResult.Ok(c.Value),
        AccessorExpr a => EvalAccessor(a, scope, substitute),
        ElementExpr e => EvalElement(e, scope, substitute),
        CallExpr call => ExprFunctions.Call(call, scope, substitute),
        _ => throw new InvalidOperationException(expr.GetType().Name),
    };

    // Accessor.evaluator with FunctionUtils.tryAccumulatePath and InternalFunctionUtils.wrapGetValue.
    private static EvalResult EvalAccessor(AccessorExpr accessor, EvalScope scope, bool substitute)
    {
        var path = "";
        Expr? left = accessor;
        while (left is not null)
        {
            if (left is AccessorExpr a)
            {
                path = a.Name + "." + path;
                left = a.Instance;
            }
            else if (left is ElementExpr e)
            {
                var index = Eval(e.Index, scope, substitute);
                if (index.Error is not null) return index;
                if (!JsValue.IsNullish(index.Value) && index.Value is not bool && JsValue.ParseInt(JsValue.ToJsString(index.Value)) is not null)
                    path = $"[{JsValue.ToJsString(index.Value)}].{path}";
                else if (index.Value is string s) path = $"['{s}'].{path}";
                else return EvalResult.Fail($"{e.Index} doesn't return an int or string");
                left = e.Instance;
            }
            else break;
        }
        path = TrailingDots().Replace(path, "").Replace(".[", "[", StringComparison.Ordinal);
        object? value;
        if (left is null)
        {
            value = GetPath(null, path.Length > 0 && path[0] != '$' ? "$data." + path : path, scope);
        }
        else
        {
            var instance = Eval(left, scope, substitute);
            if (instance.Error is not null) return instance;
            value = ReferenceEquals(instance.Value, JsValue.Undefined) ? JsValue.Undefined : GetPath(instance.Value, path, null);
        }
        if (ReferenceEquals(value, JsValue.Undefined) && substitute)
        {
            scope.Substituted = true;
            value = "${" + path + "}";
        }
        return EvalResult.Ok(value);
    }

    // Element.evaluator: `instance[index]` that is not part of a longer member path.
    private static EvalResult EvalElement(ElementExpr element, EvalScope scope, bool substitute)
    {
        var instance = Eval(element.Instance, scope, substitute);
        if (instance.Error is not null) return instance;
        var index = Eval(element.Index, scope, substitute: false);
        if (index.Error is not null) return index;
        return index.Value switch
        {
            double d when d == Math.Floor(d) && Math.Abs(d) < int.MaxValue => AccessIndex(instance.Value, (int)d),
            string s => EvalResult.Ok(AccessProperty(instance.Value, s)),
            _ => EvalResult.Fail($"Could not coerce {element.Index} to an int or string."),
        };
    }

    // SimpleObjectMemory.getValue; with scope set, the first part names the engine's memory ($data, ...).
    private static object? GetPath(object? memory, string path, EvalScope? scope)
    {
        if (path.Length == 0) return JsValue.Undefined;
        var parts = PathSeparators().Split(path).Where(p => p.Length > 0)
            .Select(p => p.Length >= 2 && (p[0] == '"' && p[^1] == '"' || p[0] == '\'' && p[^1] == '\'') ? p[1..^1] : p);
        object? value = JsValue.Undefined;
        var current = memory;
        var first = scope is not null;
        foreach (var part in parts)
        {
            if (first)
            {
                value = ScopeValue(scope!, part);
                first = false;
            }
            else if (JsValue.ParseInt(part) is { } i && current is JsonArray array)
            {
                if (i < 0 || i >= array.Count) return JsValue.Undefined;
                value = JsValue.FromNode(array[i]);
            }
            else
            {
                value = AccessProperty(current, part);
            }
            current = value;
        }
        return value;
    }

    private static object? ScopeValue(EvalScope scope, string name)
    {
        var match = ScopeNames.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        return match switch
        {
            "$root" => scope.Root,
            "$data" => scope.Data,
            "$index" => scope.Index,
            _ => JsValue.Undefined,
        };
    }

    // InternalFunctionUtils.accessProperty: falsy instances have no properties; names match ignoring case.
    public static object? AccessProperty(object? instance, string name)
    {
        if (JsValue.IsFalsy(instance)) return JsValue.Undefined;
        switch (instance)
        {
            case JsonObject obj:
                foreach (var (key, node) in obj)
                {
                    if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase)) return JsValue.FromNode(node);
                }
                return JsValue.Undefined;
            case string s when int.TryParse(name, System.Globalization.NumberStyles.None, null, out var i) && i < s.Length && i.ToString(System.Globalization.CultureInfo.InvariantCulture) == name:
                return s[i].ToString();
            default:
                return JsValue.Undefined;
        }
    }

    // InternalFunctionUtils.accessIndex.
    private static EvalResult AccessIndex(object? instance, int index)
    {
        if (JsValue.IsNullish(instance)) return EvalResult.Ok(JsValue.Undefined);
        if (instance is not JsonArray array) return EvalResult.Fail($"{JsValue.ToJsString(instance)} is not a collection.");
        return index >= 0 && index < array.Count
            ? EvalResult.Ok(JsValue.FromNode(array[index]))
            : EvalResult.Fail($"{index} is out of range for {JsValue.ToJsString(array)}");
    }

    [GeneratedRegex(@"(\.*$)")]
    private static partial Regex TrailingDots();

    [GeneratedRegex(@"[.\[\]]+")]
    private static partial Regex PathSeparators();
}
