namespace KommunalBot.Bot.Cards.Templating;

/// The outcome of evaluating an expression: a value or an error message (adaptive-expressions' ValueWithError).
internal readonly record struct EvalResult(object? Value, string? Error)
{
    public static EvalResult Ok(object? value) => new(value, null);

    public static EvalResult Fail(string error) => new(JsValue.Undefined, error);
}
