using YamlDotNet.RepresentationModel;

namespace KommunalBot.Knowledge.Content;

/// <summary>Reads <c>glossar.yaml</c>: a list of terms with abbreviations and synonyms.</summary>
internal static class GlossaryParser
{
    public static List<GlossaryEntry> Parse(YamlNode root, string path, List<LoadProblem> problems)
    {
        var entries = new List<GlossaryEntry>();
        if (root is not YamlSequenceNode sequence)
        {
            problems.Add(new LoadProblem(path, (int)root.Start.Line, null, "Liste von Begriffen erwartet (expected a list of terms)"));
            return entries;
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (sequence.Children[i] is not YamlMappingNode map)
            {
                problems.Add(new LoadProblem(path, (int)sequence.Children[i].Start.Line, $"[{i}]", "Abschnitt mit Feldern erwartet (expected a mapping)"));
                continue;
            }

            var f = new YamlFields(path, map, $"[{i}]", 0, problems);
            var begriff = f.Text("begriff", required: true);
            var entry = new GlossaryEntry(begriff ?? "", f.TextList("abkuerzungen"), f.TextList("synonyme"), f.Text("erklaerung"), f.Text("quelle")) { SourcePath = path };
            f.RejectUnknown();
            if (begriff is not null)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }
}
