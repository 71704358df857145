using System.Text;

namespace KommunalBot.Knowledge.Answers;

/// <summary>
/// Chosen blocks as Adaptive Card TextBlock Markdown: a heading as a bold line, list items one per line ("\n"),
/// everything else apart by a blank line ("\n\n": the card shows a single break only inside a list), no line that
/// repeats the one before it. The cap cuts between list items, never inside a sentence unless one sentence is longer.
/// </summary>
internal static partial class AnswerPassages
{
    /// <summary>
    /// Longest passage: about 15 lines of a Teams card at 80 characters, what a clerk reads without scrolling;
    /// the rest is behind "mehr anzeigen".
    /// </summary>
    public const int MaxLength = 1200;

    private static AnswerPassage Compose(List<PassageBlock> blocks, int primary, int extra, string full)
    {
        var lines = Lines(blocks, [primary]);
        if (Join(lines).Length > MaxLength)
        {
            return new AnswerPassage(Join(Fit(lines, MaxLength)), true, full);
        }

        if (extra < 0)
        {
            return new AnswerPassage(Join(lines), false, full);
        }

        var both = Lines(blocks, [Math.Min(primary, extra), Math.Max(primary, extra)]);
        var text = Join(both);
        return text.Length <= MaxLength ? new AnswerPassage(text, false, full) : new AnswerPassage(Join(lines), true, full);
    }

    private static List<PassageLine> Lines(List<PassageBlock> blocks, IEnumerable<int> chosen)
    {
        var lines = new List<PassageLine>();
        string? heading = null;
        foreach (var i in chosen)
        {
            var block = blocks[i];
            if (block.Heading is { } h && h != heading)
            {
                Add("**" + h + "**", i, false, true);
            }

            heading = block.Heading;
            if (block.Lead is { } lead)
            {
                Add(lead, i, false, true);
            }

            foreach (var line in block.Lines)
            {
                Add(line, i, block.IsList, false);
            }
        }

        return lines;

        void Add(string text, int block, bool item, bool header)
        {
            // A lead-in repeated as the first item, or a heading repeated as the lead-in, is said once.
            if (lines.Count == 0 || !RepeatedText.Same(lines[^1].Text, text))
            {
                lines.Add(new PassageLine(text, block, item, header));
            }
        }
    }

    private static string Join(List<PassageLine> lines)
    {
        var text = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                text.Append(Separator(lines[i - 1], lines[i]));
            }

            text.Append(lines[i].Text);
        }

        return text.ToString();
    }

    private static string Separator(PassageLine previous, PassageLine line) =>
        previous.Item && line.Item && previous.Block == line.Block ? "\n" : "\n\n";

    // Whole lines while they fit; a heading or lead-in keeps at least the start of the line it introduces.
    private static List<PassageLine> Fit(List<PassageLine> lines, int max)
    {
        var kept = new List<PassageLine>();
        var length = 0;
        foreach (var line in lines)
        {
            var separator = kept.Count == 0 ? 0 : Separator(kept[^1], line).Length;
            if (length + separator + line.Text.Length <= max)
            {
                kept.Add(line);
                length += separator + line.Text.Length;
                continue;
            }

            if (!kept.Exists(l => !l.Header))
            {
                kept.Add(line with { Text = Shorten(line.Text, max - length - separator) });
            }

            break;
        }

        return kept;
    }

    // The longest run of whole sentences within max characters; a first sentence that is longer is cut after a word.
    private static string Shorten(string text, int max)
    {
        var first = text.IndexOf(' ') + 1; // after a list marker or the first word
        var end = -1;
        for (var i = Math.Max(first, 2); i + 2 < text.Length && i < max; i++)
        {
            // ". " before a capital ends a sentence unless it ends a one-letter abbreviation ("z. B. Einbürgerung")
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && !(text[i - 2] == ' ' && char.IsLetter(text[i - 1])))
            {
                end = i + 1;
            }
        }

        if (end > 0)
        {
            return Balanced(text[..end]);
        }

        var space = text.LastIndexOf(' ', Math.Clamp(max - 2, 0, text.Length - 1));
        end = space >= first && space > 0 ? space : Math.Clamp(max - 2, 1, text.Length);
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return Balanced(text[..end]) + " …";
    }

    // A cut inside **bold** closes it, or the card would show the asterisks.
    private static string Balanced(string text)
    {
        var marks = 0;
        for (var i = text.IndexOf("**", StringComparison.Ordinal); i >= 0; i = text.IndexOf("**", i + 2, StringComparison.Ordinal))
        {
            marks++;
        }

        return marks % 2 == 0 ? text : text + "**";
    }
}
