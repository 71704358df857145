using System.Text;

namespace KommunalBot.Knowledge.Answers;

/// <summary>
/// Splits an article into <see cref="PassageBlock"/>s in one pass over its lines (no regular expressions): paragraphs
/// (soft line breaks joined), lists with nested and continued items, tables as one "- cell – cell" line per row,
/// headings as the section of the blocks below them. A paragraph that ends with ":" carries the block after it; one
/// that ends without a full stop ("… fragt der EfA-Marktplatz u. a. nach") carries the list after it.
/// HTML lines and thematic breaks are dropped; code fences and block quotes read as text.
/// </summary>
internal static partial class PassageBlocks
{
    private enum Kind
    {
        Paragraph,
        List,
        Table,
        Heading,
    }

    private sealed record Raw(Kind Kind, List<string> Lines);

    public static List<PassageBlock> FromMarkdown(string markdown) => Combine(Split(markdown));

    /// <summary>
    /// Blocks of a plain body as <see cref="Content.MarkdownText.ToPlain"/> writes it: paragraphs apart by a blank
    /// line, list items as "• …", table rows as "cell – cell" lines.
    /// </summary>
    public static List<PassageBlock> FromPlain(string plain)
    {
        var markdown = new StringBuilder(plain.Length + 64);
        foreach (var paragraph in plain.Split("\n\n"))
        {
            var lines = paragraph.Split('\n');
            if (lines.Length == 1 && !lines[0].StartsWith("• ", StringComparison.Ordinal))
            {
                markdown.Append(paragraph).Append("\n\n");
                continue;
            }

            foreach (var line in lines)
            {
                markdown.Append("- ").Append(line.StartsWith("• ", StringComparison.Ordinal) ? line[2..] : line).Append('\n');
            }

            markdown.Append('\n');
        }

        return FromMarkdown(markdown.ToString());
    }

    private static List<Raw> Split(string markdown)
    {
        var raws = new List<Raw>();
        var paragraph = new StringBuilder();
        var item = new StringBuilder(); // the open list item: continuation lines are appended, not copied again
        Raw? list = null;
        Raw? table = null;
        var listIndent = 0;
        var blank = false;

        void EndParagraph()
        {
            if (paragraph.Length > 0)
            {
                raws.Add(new Raw(Kind.Paragraph, [paragraph.ToString()]));
                paragraph.Clear();
            }
        }

        void EndList()
        {
            if (item.Length > 0)
            {
                list!.Lines.Add(item.ToString());
                item.Clear();
            }

            list = null;
        }

        foreach (var rawLine in markdown.Split('\n'))
        {
            var line = rawLine.TrimEnd();
            var indent = Indent(line);
            var content = line.TrimStart();
            if (content.StartsWith('>'))
            {
                content = content[1..].TrimStart();
            }

            if (content.Length == 0)
            {
                EndParagraph();
                table = null;
                blank = true;
                continue;
            }

            var wasBlank = blank;
            blank = false;
            if (content.StartsWith("```", StringComparison.Ordinal) || content.StartsWith("~~~", StringComparison.Ordinal) || IsHtml(content))
            {
                continue;
            }

            if (RuleChar(content) is { } rule)
            {
                if (rule is '-' or '=' && paragraph.Length > 0 && !wasBlank)
                {
                    raws.Add(new Raw(Kind.Heading, [paragraph.ToString().Replace("**", "", StringComparison.Ordinal)])); // setext heading
                    paragraph.Clear();
                }

                EndParagraph();
                EndList();
                table = null;
                continue;
            }

            if (HeadingText(content) is { } heading)
            {
                EndParagraph();
                EndList();
                table = null;
                raws.Add(new Raw(Kind.Heading, [heading]));
                continue;
            }

            if (content[0] == '|')
            {
                EndParagraph();
                EndList();
                if (TableRow(content) is { } row)
                {
                    if (table is null)
                    {
                        table = new Raw(Kind.Table, []);
                        raws.Add(table);
                    }

                    table.Lines.Add(row);
                }

                continue;
            }

            table = null;
            if (ListItem(content) is { } marked)
            {
                EndParagraph(); // a list may interrupt a paragraph
                if (list is null)
                {
                    list = new Raw(Kind.List, []);
                    raws.Add(list);
                    listIndent = indent;
                }
                else if (item.Length > 0)
                {
                    list.Lines.Add(item.ToString());
                    item.Clear();
                }

                item.Append(' ', Math.Max(0, indent - listIndent)).Append(marked);
                continue;
            }

            if (list is not null && (!wasBlank || indent > listIndent))
            {
                item.Append(' ').Append(Collapse(content)); // continuation of the item (indented or lazy)
                continue;
            }

            EndList();
            paragraph.Append(paragraph.Length > 0 ? " " : "").Append(Collapse(content));
        }

        EndParagraph();
        EndList();
        return raws;
    }

    private static List<PassageBlock> Combine(List<Raw> raws)
    {
        var blocks = new List<PassageBlock>(raws.Count);
        string? heading = null;
        var previous = "";
        for (var i = 0; i < raws.Count; i++)
        {
            var raw = raws[i];
            var next = i + 1 < raws.Count ? raws[i + 1] : null;
            PassageBlock block;
            if (raw.Kind == Kind.Heading)
            {
                heading = raw.Lines[0];
                continue;
            }

            if (raw.Kind != Kind.Paragraph)
            {
                block = new PassageBlock(heading, null, Clean(raw.Lines), true);
            }
            else if (next?.Kind is Kind.List or Kind.Table && (EndsWithColon(raw.Lines[0]) || !EndsSentence(raw.Lines[0])))
            {
                block = new PassageBlock(heading, RepeatedText.Remove(raw.Lines[0]), Clean(next.Lines), true);
                i++;
            }
            else if (next?.Kind == Kind.Paragraph && EndsWithColon(raw.Lines[0]))
            {
                block = new PassageBlock(heading, RepeatedText.Remove(raw.Lines[0]), Clean(next.Lines), false);
                i++;
            }
            else
            {
                block = new PassageBlock(heading, null, Clean(raw.Lines), false);
            }

            // The summary repeated as the first body paragraph says nothing new.
            var text = block.Lead + "\n" + string.Join('\n', block.Lines);
            if (!RepeatedText.Same(previous, text))
            {
                blocks.Add(block);
                previous = text;
            }
        }

        return blocks;
    }

    private static List<string> Clean(List<string> lines)
    {
        var clean = new List<string>(lines.Count);
        foreach (var line in lines)
        {
            var text = RepeatedText.Remove(line);
            if (clean.Count == 0 || !RepeatedText.Same(clean[^1], text))
            {
                clean.Add(text);
            }
        }

        return clean;
    }
}
