using System.Text.Json.Nodes;

namespace KommunalBot.Bot.Cards.Templating;

/// The supported prebuilt functions and operators, each as adaptive-expressions implements it
/// (src/builtinFunctions/*.ts of adaptive-expressions 4.23.3).
internal static class ExprFunctions
{
    public static EvalResult Call(CallExpr call, EvalScope scope, bool substitute)
    {
        var args = call.Args;
        switch (call.Name)
        {
            case "!" or "not":
                var operand = ExprEvaluator.Eval(args[0], scope, substitute: false);
                return EvalResult.Ok(operand.Error is not null || !JsValue.IsLogicTrue(operand.Value));
            case "&&" or "and":
                foreach (var arg in args)
                {
                    var r = ExprEvaluator.Eval(arg, scope, substitute: false);
                    if (r.Error is not null || !JsValue.IsLogicTrue(r.Value)) return EvalResult.Ok(false);
                }
                return EvalResult.Ok(true);
            case "||" or "or":
                object? last = false;
                foreach (var arg in args)
                {
                    var r = ExprEvaluator.Eval(arg, scope, substitute: false);
                    last = r.Value; // Or.evaluator returns the last child's value when none is true
                    if (r.Error is null && JsValue.IsLogicTrue(r.Value)) return EvalResult.Ok(true);
                }
                return EvalResult.Ok(last);
            case "if":
                var condition = ExprEvaluator.Eval(args[0], scope, substitute: false);
                var branch = condition.Error is null && JsValue.IsLogicTrue(condition.Value) ? args[1] : args[2];
                return ExprEvaluator.Eval(branch, scope, substitute);
            case "==" or "!=":
                return Comparison(call, scope, null, v => JsValue.CommonEquals(v[0], v[1]) == (call.Name == "=="));
            case "<" or "<=" or ">" or ">=":
                return Comparison(call, scope, NotNull, v => Compare(call.Name, v[0], v[1]));
            case "exists":
                return Comparison(call, scope, NotNull, _ => true);
            case "empty":
                return Comparison(call, scope, v => v is double or bool ? "is not a container" : null, v => IsEmpty(v[0]));
            case "count":
                return Apply(call, scope, substitute, v => v is string or JsonArray or JsonObject or null ? null : "must be a string, list, map or object.",
                    v => v[0] switch
                    {
                        string s => EvalResult.Ok((double)s.Length),
                        JsonArray a => EvalResult.Ok((double)a.Count),
                        JsonObject o => EvalResult.Ok((double)o.Count),
                        _ => EvalResult.Fail("Cannot convert undefined or null to object"),
                    });
            case "length":
                return Apply(call, scope, substitute, v => v is string || ReferenceEquals(v, JsValue.Undefined) ? null : "is neither a string nor a null object.",
                    v => EvalResult.Ok((double)(v[0] as string ?? "").Length));
            case "join":
                return Apply(call, scope, substitute, null, v => Join(call, v));
            default:
                throw new TemplateException($"function {call.Name} is not supported");
        }
    }

    private static string? NotNull(object? value) => JsValue.IsNullish(value) ? "is null." : null;

    // ComparisonEvaluator: operands without null substitution; an operand error makes the result false.
    private static EvalResult Comparison(CallExpr call, EvalScope scope, Func<object?, string?>? verify, Func<object?[], bool> func)
    {
        var (values, error) = Children(call, scope, substitute: false, verify);
        if (error is not null) return EvalResult.Ok(false);
        try
        {
            return EvalResult.Ok(func(values));
        }
        catch (TemplateException e)
        {
            return EvalResult.Fail(e.Message);
        }
    }

    // FunctionUtils.apply: children (with substitution as given), verified, then the function.
    private static EvalResult Apply(CallExpr call, EvalScope scope, bool substitute, Func<object?, string?>? verify, Func<object?[], EvalResult> func)
    {
        var (values, error) = Children(call, scope, substitute, verify);
        return error is not null ? EvalResult.Fail(error) : func(values);
    }

    private static (object?[] Values, string? Error) Children(CallExpr call, EvalScope scope, bool substitute, Func<object?, string?>? verify)
    {
        var values = new object?[call.Args.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var r = ExprEvaluator.Eval(call.Args[i], scope, substitute);
            if (r.Error is not null) return (values, r.Error);
            if (verify?.Invoke(r.Value) is { } problem) return (values, $"{call.Args[i]} {problem}");
            values[i] = r.Value;
        }
        return (values, null);
    }

    private static bool Compare(string op, object? a, object? b)
    {
        int order;
        if (a is double x && b is double y && !double.IsNaN(x) && !double.IsNaN(y)) order = x.CompareTo(y);
        else if (a is string s && b is string t) order = string.CompareOrdinal(s, t);
        else throw new TemplateException($"{JsValue.ToJsString(a)} and {JsValue.ToJsString(b)} must be comparable.");
        return op switch { "<" => order < 0, "<=" => order <= 0, ">" => order > 0, _ => order >= 0 };
    }

    private static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string s => s.Length == 0,
        JsonArray a => a.Count == 0,
        JsonObject o => o.Count == 0,
        _ => ReferenceEquals(value, JsValue.Undefined),
    };

    // Join.evaluator: join(list, separator) or join(list, separator, lastSeparator).
    private static EvalResult Join(CallExpr call, object?[] v)
    {
        if (v[0] is not JsonArray list) return EvalResult.Fail($"{call.Args[0]} evaluates to {Loose(v[0])} which is not a list.");
        var separator = ReferenceEquals(v[1], JsValue.Undefined) ? "," : Loose(v[1]);
        if (v.Length == 2) return EvalResult.Ok(JsValue.JoinArray(list, separator));
        var last = ReferenceEquals(v[2], JsValue.Undefined) ? "," : Loose(v[2]);
        if (list.Count < 3) return EvalResult.Ok(JsValue.JoinArray(list, last));
        var head = JsValue.JoinArray(new JsonArray([.. list.Take(list.Count - 1).Select(n => n?.DeepClone())]), separator);
        return EvalResult.Ok(head + Loose(v[2]) + Loose(JsValue.FromNode(list[^1])));
    }

    // JavaScript String(value).
    private static string Loose(object? value) =>
        value is null ? "null" : ReferenceEquals(value, JsValue.Undefined) ? "undefined" : JsValue.ToJsString(value);
}
