namespace KommunalBot.Bot.Cards.Templating;

/// A member access `instance.name`, or a root name when Instance is null (`name`, `$root`).
internal sealed record AccessorExpr(string Name, Expr? Instance) : Expr
{
    public override string ToString() => Instance is null ? Name : $"{Instance}.{Name}";
}
