using System.Text;

namespace KommunalBot.Bot.Cards.Templating;

/// A function or operator application; operators are named by their symbol (`==`, `!`, `&&`).
internal sealed record CallExpr(string Name, IReadOnlyList<Expr> Args) : Expr
{
    public override string ToString()
    {
        var infix = !char.IsAsciiLetter(Name[0]) && Args.Count >= 2;
        var sb = new StringBuilder(infix ? "" : Name).Append('(');
        for (var i = 0; i < Args.Count; i++)
        {
            if (i > 0) sb.Append(infix ? $" {Name} " : ", ");
            sb.Append(Args[i]);
        }
        return sb.Append(')').ToString();
    }
}
