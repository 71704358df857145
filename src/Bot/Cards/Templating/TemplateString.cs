using System.Text;

namespace KommunalBot.Bot.Cards.Templating;

/// A template string that contains "${": the concatenation adaptive-expressions makes of it, parsed the
/// way Template.parseInterpolatedString does (the string is read as a backtick string interpolation).
/// Parts[0] is always the empty constant the parser inserts; a string that is exactly one non-constant
/// expression is Single and keeps the expression's JSON type.
internal sealed record TemplateString(string Source, IReadOnlyList<Expr> Parts)
{
    public bool IsSingle => Parts.Count == 2 && Parts[1] is not ConstantExpr;

    public Expr Single => Parts[1];

    /// Returns null for a string without "${" (a literal the engine leaves alone).
    public static TemplateString? TryParse(string text)
    {
        if (!text.Contains("${", StringComparison.Ordinal)) return null;
        var parts = new List<Expr> { new ConstantExpr("") };
        var literal = new StringBuilder();
        void FlushLiteral()
        {
            if (literal.Length == 0) return;
            parts.Add(new ConstantExpr(literal.ToString()));
            literal.Clear();
        }
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] is '`' or '$')
            {
                // ESCAPE_CHARACTER: a constant of its own.
                FlushLiteral();
                parts.Add(new ConstantExpr(text[i + 1].ToString()));
                i += 2;
            }
            else if (c == '`')
            {
                throw new TemplateException($"a backtick in a string with \"${{\" ends the engine's string interpolation; write \\` in {TemplateException.Show(text)}");
            }
            else if (c == '$' && i + 1 < text.Length && text[i + 1] == '{')
            {
                // The engine would leave a malformed "${" as text; the bot must never send one.
                var end = TemplateEnd(text, i) ?? throw new TemplateException(
                    $"\"${{\" without a valid expression and closing '}}' (empty, a line break, a quote or backtick inside?) in {TemplateException.Show(text)}; write \\${{ for a literal");
                FlushLiteral();
                parts.Add(ExprParser.Parse(Trim(text[i..end])));
                i = end;
            }
            else
            {
                literal.Append(c);
                i++;
            }
        }
        FlushLiteral();
        return new TemplateString(text, parts);
    }

    // TEMPLATE : '$' '{' (STRING | OBJECT_DEFINITION | ~[\r\n{}'"`])+ '}'; returns the index after '}'.
    private static int? TemplateEnd(string text, int start)
    {
        var i = start + 2;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '}') return i > start + 2 ? i + 1 : null;
            if (c is '\'' or '"')
            {
                if (ExprLexer.StringEnd(text, i) is not { } after) return null;
                i = after;
                continue;
            }
            if (c == '{') throw new TemplateException($"object literals in expressions are not supported: {TemplateException.Show(text)}");
            if (c is '\r' or '\n' or '`') return null;
            i++;
        }
        return null;
    }

    // trimExpression: "${ x }" -> "x".
    private static string Trim(string token)
    {
        var result = token.Trim();
        if (result.StartsWith('$')) result = result[1..].Trim();
        if (result.StartsWith('{') && result.EndsWith('}')) result = result[1..^1];
        return result.Trim();
    }
}
