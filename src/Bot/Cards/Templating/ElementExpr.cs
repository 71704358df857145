namespace KommunalBot.Bot.Cards.Templating;

/// An index access `instance[index]`.
internal sealed record ElementExpr(Expr Instance, Expr Index) : Expr
{
    public override string ToString() => $"{Instance}[{Index}]";
}
