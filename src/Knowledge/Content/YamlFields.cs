using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace KommunalBot.Knowledge.Content;

/// <summary>
/// Reads fields of one YAML mapping and records every problem with file, line (from the parser's marks)
/// and field path. Keys read are remembered so <see cref="RejectUnknown"/> can report typos.
/// </summary>
internal sealed class YamlFields(string file, YamlMappingNode map, string prefix, int lineOffset, List<LoadProblem> problems)
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public int Line => LineOf(map);

    public string File => file;

    public int LineOf(YamlNode node) => (int)node.Start.Line + lineOffset;

    public string PathOf(string key) => prefix.Length == 0 ? key : prefix + "." + key;

    public void Error(string key, string message) => problems.Add(new LoadProblem(file, LineOf(Get(key) ?? map), PathOf(key), message));

    public void ErrorAt(YamlNode node, string field, string message) => problems.Add(new LoadProblem(file, LineOf(node), field, message));

    public YamlNode? Get(string key)
    {
        foreach (var pair in map.Children)
        {
            if (pair.Key is YamlScalarNode { Value: var k } && k == key)
            {
                return pair.Value;
            }
        }

        return null;
    }

    private YamlNode? Take(string key, bool required)
    {
        _read.Add(key);
        var node = Get(key);
        if (node is null || node is YamlScalarNode { Value: null or "" or "~" or "null" } scalar && scalar.Style == YamlDotNet.Core.ScalarStyle.Plain)
        {
            if (required)
            {
                problems.Add(new LoadProblem(file, LineOf(node ?? map), PathOf(key), "Pflichtfeld fehlt (required field missing)"));
            }

            return null;
        }

        return node;
    }

    public string? Text(string key, bool required = false)
    {
        var node = Take(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            var value = scalar.Value?.Trim();
            if (string.IsNullOrEmpty(value) && required)
            {
                ErrorAt(node, PathOf(key), "Pflichtfeld ist leer (required field is empty)");
            }

            return string.IsNullOrEmpty(value) ? null : value;
        }

        ErrorAt(node, PathOf(key), "Text erwartet (expected a text value)");
        return null;
    }

    public bool? Bool(string key)
    {
        var text = Text(key);
        return text switch
        {
            null => null,
            "true" or "yes" or "ja" => true,
            "false" or "no" or "nein" => false,
            _ => BadBool(key),
        };
    }

    private bool? BadBool(string key)
    {
        Error(key, "true oder false erwartet (expected true or false)");
        return null;
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (TryParseDate(text, out var date))
        {
            return date;
        }

        Error(key, $"ungültiges Datum '{text}', erwartet YYYY-MM-DD oder YYYY-MM (bad date)");
        return null;
    }

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        || DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public IReadOnlyList<string> TextList(string key, bool required = false)
    {
        var node = Take(key, required);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            ErrorAt(node, PathOf(key), "Liste erwartet (expected a list)");
            return [];
        }

        var values = new List<string>(sequence.Children.Count);
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (sequence.Children[i] is YamlScalarNode { Value: { Length: > 0 } value })
            {
                values.Add(value.Trim());
            }
            else
            {
                ErrorAt(sequence.Children[i], $"{PathOf(key)}[{i}]", "Text erwartet (expected a text value)");
            }
        }

        if (required && values.Count == 0)
        {
            ErrorAt(node, PathOf(key), "mindestens ein Eintrag erforderlich (at least one item required)");
        }

        return values;
    }

    public YamlFields? Map(string key, bool required = false)
    {
        var node = Take(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlMappingNode mapping)
        {
            return new YamlFields(file, mapping, PathOf(key), lineOffset, problems);
        }

        ErrorAt(node, PathOf(key), "Abschnitt mit Feldern erwartet (expected a mapping)");
        return null;
    }

    public IReadOnlyList<YamlFields> MapList(string key, bool required = false)
    {
        var node = Take(key, required);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            ErrorAt(node, PathOf(key), "Liste erwartet (expected a list)");
            return [];
        }

        var items = new List<YamlFields>(sequence.Children.Count);
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (sequence.Children[i] is YamlMappingNode mapping)
            {
                items.Add(new YamlFields(file, mapping, $"{PathOf(key)}[{i}]", lineOffset, problems));
            }
            else
            {
                ErrorAt(sequence.Children[i], $"{PathOf(key)}[{i}]", "Abschnitt mit Feldern erwartet (expected a mapping)");
            }
        }

        if (required && items.Count == 0)
        {
            ErrorAt(node, PathOf(key), "mindestens ein Eintrag erforderlich (at least one item required)");
        }

        return items;
    }

    /// <summary>Reports every key of this mapping that was never read: unknown fields are errors.</summary>
    public void RejectUnknown()
    {
        foreach (var pair in map.Children)
        {
            var key = (pair.Key as YamlScalarNode)?.Value ?? "?";
            if (!_read.Contains(key))
            {
                ErrorAt(pair.Key, PathOf(key), "unbekanntes Feld (unknown field)");
            }
        }
    }
}
