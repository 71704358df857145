using System.Text;
using System.Text.Json;

namespace KommunalBot.Bot.Cards;

/// An adaptive-expressions syntax tree node (the subset we support). ToString() reproduces
/// adaptive-expressions' Expression.toString(): the engine puts it into a string when an expression
/// inside a longer string fails ("x ${unknown(y)}").
internal abstract record Expr;

/// A literal: string, double, bool, null or undefined.
internal sealed record ConstantExpr(object? Value) : Expr
{
    public override string ToString() => Value switch
    {
        null => "null",
        string s => "'" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'",
        _ when ReferenceEquals(Value, JsValue.Undefined) => "undefined",
        _ => JsValue.ToJsString(Value),
    };
}

/// A member access `instance.name`, or a root name when Instance is null (`name`, `$root`).
internal sealed record AccessorExpr(string Name, Expr? Instance) : Expr
{
    public override string ToString() => Instance is null ? Name : $"{Instance}.{Name}";
}

/// An index access `instance[index]`.
internal sealed record ElementExpr(Expr Instance, Expr Index) : Expr
{
    public override string ToString() => $"{Instance}[{Index}]";
}

/// A function or operator application; operators are named by their symbol (`==`, `!`, `&&`).
internal sealed record CallExpr(string Name, IReadOnlyList<Expr> Args) : Expr
{
    public override string ToString()
    {
        var infix = !char.IsAsciiLetter(Name[0]) && Args.Count >= 2;
        var sb = new StringBuilder(infix ? "" : Name).Append('(');
        for (var i = 0; i < Args.Count; i++)
        {
            if (i > 0) sb.Append(infix ? $" {Name} " : ", ");
            sb.Append(Args[i]);
        }
        return sb.Append(')').ToString();
    }
}

/// Thrown when a template uses syntax outside the supported subset, does not parse, or fails to bind.
internal sealed class TemplateException(string message) : Exception(message)
{
    public static TemplateException At(string path, string message) =>
        new($"{(path.Length == 0 ? "/" : path)}: {message}");

    /// A JSON Pointer segment (RFC 6901).
    public static string Segment(string key) => key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Show(string text) => JsonSerializer.Serialize(text);
}
