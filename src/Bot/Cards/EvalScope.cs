namespace KommunalBot.Bot.Cards;

/// What an expression sees: the engine's `$root`, `$data` (the current data context) and `$index`
/// (undefined outside `$data` arrays). Substituted records that a missing value was replaced by its
/// "${path}" text, which the engine does for values (not for `$when`): the result is then unbound.
internal sealed class EvalScope(object? root)
{
    public object? Root { get; } = root;

    public object? Data { get; set; } = root;

    public object? Index { get; set; } = JsValue.Undefined;

    public bool Substituted { get; set; }
}

/// The outcome of evaluating an expression: a value or an error message (adaptive-expressions' ValueWithError).
internal readonly record struct EvalResult(object? Value, string? Error)
{
    public static EvalResult Ok(object? value) => new(value, null);

    public static EvalResult Fail(string error) => new(JsValue.Undefined, error);
}
