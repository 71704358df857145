using System.Globalization;

namespace KommunalBot.Bot.Cards.Templating;

/// Tokenizer for the text inside "${...}", following ExpressionAntlrLexer.g4 of adaptive-expressions.
internal static class ExprLexer
{
    // Longest first: the ANTLR lexer takes the longest match.
    private static readonly string[] Operators =
        ["==", "!=", "<>", "&&", "||", "<=", ">=", "=>", "??", "+", "-", "!", "^", "*", "/", "%", "&", "<", ">",
         "(", ")", ".", "[", "]", "{", "}", ",", ":", "?"];

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is ' ' or '\t' or '\ufeff' or '\u00a0' or '\r' or '\n') { i++; continue; }
            var start = i;
            if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
                {
                    i++;
                    while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                }
                tokens.Add(new(TokenKind.Number, text[start..i], double.Parse(text[start..i], CultureInfo.InvariantCulture), start));
            }
            else if (char.IsAsciiLetter(c) || c is '_' or '$' or '#' or '@')
            {
                i++;
                if (c == '@' && i < text.Length && text[i] == '@') i++;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_')) i++;
                tokens.Add(new(TokenKind.Identifier, text[start..i], null, start));
            }
            else if (c is '\'' or '"')
            {
                i = StringEnd(text, i) ?? throw new TemplateException($"unterminated string at {start} in {TemplateException.Show(text)}");
                var raw = text[start..i];
                tokens.Add(new(TokenKind.String, raw, Unquote(raw), start));
            }
            else
            {
                var op = Operators.FirstOrDefault(o => string.CompareOrdinal(text, i, o, 0, o.Length) == 0)
                    ?? throw new TemplateException($"unexpected character '{c}' at {start} in {TemplateException.Show(text)} (identifiers are ASCII letters, digits and '_')");
                i += op.Length;
                tokens.Add(new(TokenKind.Operator, op, null, start));
            }
        }
        tokens.Add(new(TokenKind.End, "", null, text.Length));
        return tokens;
    }

    /// The index after the closing quote of the STRING token starting at `start`, or null.
    /// STRING: a quote, then (backslash + quote-or-backslash | any other char) lazily, then the quote.
    public static int? StringEnd(string text, int start)
    {
        var quote = text[start];
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && (text[i + 1] == quote || text[i + 1] == '\\')) { i++; continue; }
            if (text[i] == quote) return i + 1;
        }
        return null;
    }

    // visitStringAtom: strip the quotes, unescape the quote, then evalEscape (\r \n \t \\).
    private static string Unquote(string raw)
    {
        var quote = raw[0];
        var body = raw[1..^1].Replace("\\" + quote, quote.ToString(), StringComparison.Ordinal);
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != '\\' || i + 1 >= body.Length || body[i + 1] is '\r' or '\n') { sb.Append(body[i]); continue; }
            var next = body[++i];
            sb.Append(next switch { 'r' => "\r", 'n' => "\n", 't' => "\t", '\\' => "\\", _ => "\\" + next });
        }
        return sb.ToString();
    }
}
