using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KommunalBot.Knowledge.Content;

/// <summary>
/// Finds the line of a field path such as <c>status.laender[2]</c> or <c>[4].quelle</c> in a knowledge file, for
/// reports made after loading (documents keep no line numbers). The deepest part of the path that exists
/// gives the line, so a missing <c>quelle</c> points at its item; 0 when the file cannot be read.
/// </summary>
internal static partial class FieldLines
{
    public static int Find(string path, string field)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException)
        {
            return 0;
        }

        var offset = 0;
        if (path.EndsWith(".md", StringComparison.Ordinal))
        {
            if (!KnowledgeLoader.SplitFrontMatter(text, out text, out _))
            {
                return 0;
            }

            offset = 1; // the front matter starts after the first "---" line
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException)
        {
            return 0;
        }

        if (stream.Documents.Count == 0)
        {
            return 0;
        }

        var node = stream.Documents[0].RootNode;
        var line = (int)node.Start.Line;
        foreach (Match step in Step().Matches(field))
        {
            var (next, at) = step.Groups[1].Success ? Item(node, int.Parse(step.Groups[1].Value, CultureInfo.InvariantCulture)) : Value(node, step.Value);
            if (next is null)
            {
                break;
            }

            (node, line) = (next, at);
        }

        return line + offset;
    }

    private static (YamlNode? Node, int Line) Item(YamlNode node, int index) =>
        node is YamlSequenceNode sequence && index < sequence.Children.Count
            ? (sequence.Children[index], (int)sequence.Children[index].Start.Line)
            : (null, 0);

    // The key's line, not the value's: "nachnutzung:" rather than the first line inside it.
    private static (YamlNode? Node, int Line) Value(YamlNode node, string key)
    {
        if (node is YamlMappingNode mapping)
        {
            foreach (var pair in mapping.Children)
            {
                if (pair.Key is YamlScalarNode { Value: var k } && k == key)
                {
                    return (pair.Value, (int)pair.Key.Start.Line);
                }
            }
        }

        return (null, 0);
    }

    [GeneratedRegex(@"\[(\d+)\]|[^.\[\]]+")]
    private static partial Regex Step();
}
