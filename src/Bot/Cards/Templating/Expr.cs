namespace KommunalBot.Bot.Cards.Templating;

/// An adaptive-expressions syntax tree node (the subset we support). ToString() reproduces
/// adaptive-expressions' Expression.toString(): the engine puts it into a string when an expression
/// inside a longer string fails ("x ${unknown(y)}").
internal abstract record Expr;
