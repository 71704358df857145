using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KommunalBot.Knowledge.Content;

/// <summary>
/// Markdown to the plain text the index and the answer cards use: one paragraph per block, separated by a
/// blank line; list items as "• …"; table rows as "cell – cell – cell" lines (Markdig's own plain-text
/// renderer runs table cells and paragraphs together).
/// </summary>
internal static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static string ToPlain(string markdown)
    {
        var paragraphs = new List<string>();
        foreach (var block in Markdown.Parse(markdown, Pipeline))
        {
            Append(block, paragraphs);
        }

        return string.Join("\n\n", paragraphs.Where(p => p.Length > 0));
    }

    private static void Append(Block block, List<string> paragraphs)
    {
        switch (block)
        {
            case Table table:
                paragraphs.Add(string.Join("\n", table.OfType<TableRow>()
                    .Select(row => string.Join(" – ", row.OfType<TableCell>().Select(Text).Where(c => c.Length > 0)))));
                break;
            case ListBlock list:
                paragraphs.Add(string.Join("\n", list.OfType<ListItemBlock>().Select(item => "• " + Text(item))));
                break;
            case LeafBlock leaf:
                paragraphs.Add(Text(leaf));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Append(child, paragraphs);
                }

                break;
        }
    }

    private static string Text(Block block)
    {
        var text = new StringBuilder();
        Collect(block, text);
        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static void Collect(Block block, StringBuilder text)
    {
        switch (block)
        {
            case LeafBlock { Inline: { } inline }:
                Collect(inline, text);
                break;
            case LeafBlock leaf:
                text.Append(leaf.Lines.ToString());
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Collect(child, text);
                    text.Append(' ');
                }

                break;
        }

        text.Append(' ');
    }

    private static void Collect(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content);
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Collect(child, text);
                }

                break;
        }
    }
}
