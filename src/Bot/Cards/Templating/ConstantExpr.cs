namespace KommunalBot.Bot.Cards.Templating;

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
