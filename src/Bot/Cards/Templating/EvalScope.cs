namespace KommunalBot.Bot.Cards.Templating;

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
