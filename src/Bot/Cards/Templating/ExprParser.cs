namespace KommunalBot.Bot.Cards.Templating;

/// Recursive-descent parser for the supported subset of the Adaptive Expressions language, with the
/// precedence of ExpressionAntlrParser.g4 (lowest first): `||`, `&&`, `< <= > >=`, `== !=`, unary `!`,
/// then member access, index access and function calls. Anything else throws.
internal sealed class ExprParser
{
    private static readonly Dictionary<string, (int Min, int Max)> Functions = new(StringComparer.Ordinal)
    {
        ["if"] = (3, 3), ["not"] = (1, 1), ["and"] = (1, int.MaxValue), ["or"] = (1, int.MaxValue),
        ["count"] = (1, 1), ["length"] = (1, 1), ["empty"] = (1, 1), ["exists"] = (1, 1), ["join"] = (2, 3),
    };

    private static readonly string[] RootNames = ["$root", "$data", "$index", "$host"];

    private readonly List<Token> _tokens;
    private readonly string _text;
    private int _pos;

    private ExprParser(string text)
    {
        _text = text;
        _tokens = ExprLexer.Tokenize(text);
    }

    public static Expr Parse(string text)
    {
        var parser = new ExprParser(text);
        if (parser.Peek.Kind == TokenKind.End) throw new TemplateException("empty expression \"${}\" is not supported");
        var expr = parser.ParseBinary(0);
        if (parser.Peek.Kind != TokenKind.End) throw parser.Unsupported(parser.Peek);
        return expr;
    }

    // Binary operator levels, lowest precedence first.
    private static readonly string[][] Levels = [["||"], ["&&"], ["<", "<=", ">", ">="], ["==", "!=", "<>"]];

    private Token Peek => _tokens[_pos];

    private Expr ParseBinary(int level)
    {
        if (level == Levels.Length) return ParseUnary();
        var left = ParseBinary(level + 1);
        while (Peek.Kind == TokenKind.Operator && Levels[level].Contains(Peek.Text))
        {
            var op = _tokens[_pos++].Text;
            var right = ParseBinary(level + 1);
            left = new CallExpr(op == "<>" ? "!=" : op, [left, right]);
        }
        return left;
    }

    private Expr ParseUnary()
    {
        if (Peek is { Kind: TokenKind.Operator, Text: "!" })
        {
            _pos++;
            return new CallExpr("!", [ParseUnary()]);
        }
        return ParsePostfix(ParsePrimary());
    }

    private Expr ParsePrimary()
    {
        var t = _tokens[_pos++];
        switch (t.Kind)
        {
            case TokenKind.Number:
            case TokenKind.String:
                return new ConstantExpr(t.Value);
            case TokenKind.Identifier:
                return t.Text switch
                {
                    "true" => new ConstantExpr(true),
                    "false" => new ConstantExpr(false),
                    "null" => new ConstantExpr(null),
                    "undefined" => new ConstantExpr(JsValue.Undefined),
                    _ => new AccessorExpr(t.Text, null),
                };
            case TokenKind.Operator when t.Text == "(":
                var inner = ParseBinary(0);
                Expect(")");
                return inner;
            default:
                throw Unsupported(t);
        }
    }

    private Expr ParsePostfix(Expr expr)
    {
        while (Peek.Kind == TokenKind.Operator)
        {
            switch (Peek.Text)
            {
                case ".":
                    _pos++;
                    var name = _tokens[_pos++];
                    if (name.Kind != TokenKind.Identifier) throw Unsupported(name);
                    expr = new AccessorExpr(name.Text, expr);
                    break;
                case "[":
                    _pos++;
                    var index = ParseBinary(0);
                    Expect("]");
                    expr = new ElementExpr(expr, index);
                    break;
                case "(":
                    expr = ParseCall(expr);
                    break;
                default:
                    return CheckRoot(expr);
            }
        }
        return CheckRoot(expr);
    }

    private CallExpr ParseCall(Expr callee)
    {
        if (callee is not AccessorExpr { Instance: null } fn || !Functions.TryGetValue(fn.Name, out var arity))
        {
            throw new TemplateException($"function \"{callee}\" is not supported in {TemplateException.Show(_text)} (supported: {string.Join(", ", Functions.Keys)})");
        }
        _pos++;
        var args = new List<Expr>();
        if (Peek is not { Kind: TokenKind.Operator, Text: ")" })
        {
            args.Add(ParseBinary(0));
            while (Peek is { Kind: TokenKind.Operator, Text: "," })
            {
                _pos++;
                args.Add(ParseBinary(0));
            }
        }
        Expect(")");
        if (args.Count < arity.Min || args.Count > arity.Max)
        {
            throw new TemplateException($"{fn.Name}() takes {arity.Min}{(arity.Max == arity.Min ? "" : arity.Max == int.MaxValue ? " or more" : $" to {arity.Max}")} argument(s), got {args.Count} in {TemplateException.Show(_text)}");
        }
        return new CallExpr(fn.Name, args);
    }

    // Names starting with '$' are the engine's scopes; other special names ('#', '@') are not supported.
    private Expr CheckRoot(Expr expr)
    {
        var root = expr;
        while (root is AccessorExpr { Instance: { } or ElementExpr } or ElementExpr)
        {
            root = root is ElementExpr e ? e.Instance : ((AccessorExpr)root).Instance!;
        }
        if (root is AccessorExpr { Instance: null } a && a.Name[0] is '$' or '#' or '@' &&
            !RootNames.Contains(a.Name, StringComparer.OrdinalIgnoreCase))
        {
            throw new TemplateException($"\"{a.Name}\" is not supported in {TemplateException.Show(_text)} (use $root, $data, $index)");
        }
        return expr;
    }

    private void Expect(string op)
    {
        var t = _tokens[_pos++];
        if (t.Kind != TokenKind.Operator || t.Text != op) throw Unsupported(t);
    }

    private TemplateException Unsupported(Token t) => new(t.Kind == TokenKind.End
        ? $"incomplete expression {TemplateException.Show(_text)}"
        : $"unsupported or unexpected '{t.Text}' at {t.Position} in {TemplateException.Show(_text)} (see cards/README.md for the supported subset)");
}
