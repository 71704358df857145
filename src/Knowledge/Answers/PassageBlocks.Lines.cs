namespace KommunalBot.Knowledge.Answers;

/// <summary>What one Markdown line is: indentation, thematic break, heading, table row, list item.</summary>
internal static partial class PassageBlocks
{
    private static int Indent(string line)
    {
        var indent = 0;
        foreach (var c in line)
        {
            if (c == ' ')
            {
                indent++;
            }
            else if (c == '\t')
            {
                indent += 4;
            }
            else
            {
                break;
            }
        }

        return indent;
    }

    private static bool IsHtml(string content) =>
        content[0] == '<' && content.Length > 1 && (char.IsAsciiLetter(content[1]) || content[1] is '/' or '!');

    // "---", "***", "___" (spaces allowed) are thematic breaks; "---" and "===" under a paragraph underline a heading.
    private static char? RuleChar(string content)
    {
        var rule = content[0];
        if (rule is not ('-' or '*' or '_' or '='))
        {
            return null;
        }

        var count = 0;
        foreach (var c in content)
        {
            if (c == rule)
            {
                count++;
            }
            else if (c != ' ')
            {
                return null;
            }
        }

        return count >= 3 ? rule : null;
    }

    private static string? HeadingText(string content)
    {
        var level = 0;
        while (level < content.Length && content[level] == '#')
        {
            level++;
        }

        if (level is 0 or > 6 || (level < content.Length && content[level] != ' '))
        {
            return null;
        }

        var text = content[level..].Trim().TrimEnd('#').Trim().Replace("**", "", StringComparison.Ordinal);
        return text.Length == 0 ? null : text;
    }

    // "| a | b |" → "- a – b"; the delimiter row ("|---|:--|") → null.
    private static string? TableRow(string content)
    {
        var cells = content.Trim('|').Split('|').Select(c => Collapse(c.Trim())).Where(c => c.Length > 0).ToList();
        if (cells.TrueForAll(c => c.All(ch => ch is '-' or ':')))
        {
            return null;
        }

        return "- " + string.Join(" – ", cells);
    }

    // "- x", "* x", "+ x", "• x" (plain bodies), "1. x", "1) x" → the item with its marker; "•" becomes "-".
    private static string? ListItem(string content)
    {
        if (content.Length > 2 && content[0] is '-' or '*' or '+' or '•' && content[1] is ' ' or '\t')
        {
            return (content[0] == '•' ? "-" : content[..1]) + " " + Collapse(content[2..].Trim());
        }

        var digits = 0;
        while (digits < content.Length && digits < 9 && char.IsAsciiDigit(content[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits + 2 < content.Length && content[digits] is '.' or ')' && content[digits + 1] is ' ' or '\t')
        {
            return content[..(digits + 1)] + " " + Collapse(content[(digits + 2)..].Trim());
        }

        return null;
    }

    private static string Collapse(string text)
    {
        if (!text.Contains("  ", StringComparison.Ordinal) && !text.Contains('\t'))
        {
            return text;
        }

        return string.Join(' ', text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Trimmed(string text) => text.TrimEnd().TrimEnd('*', '_').TrimEnd();

    private static bool EndsWithColon(string text) => Trimmed(text).EndsWith(':');

    private static bool EndsSentence(string text) => Trimmed(text) is { Length: > 0 } t && t[^1] is '.' or '!' or '?' or '…';
}
