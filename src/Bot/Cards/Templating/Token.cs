namespace KommunalBot.Bot.Cards.Templating;

/// A token of an expression; Value is the parsed number or the unquoted string.
internal readonly record struct Token(TokenKind Kind, string Text, object? Value, int Position);
