namespace KommunalBot.Bot.Cards.Templating;

internal enum TokenKind { Number, String, Identifier, Operator, End }
