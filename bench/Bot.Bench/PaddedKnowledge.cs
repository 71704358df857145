using System.Globalization;
using System.Text;
using KommunalBot.Knowledge.Bench;
using KommunalBot.Knowledge.Content;

namespace KommunalBot.Bot.Bench;

/// A copy of the repository's knowledge/ folder padded with generated FAQ files (realistic size and
/// vocabulary, fixed seed) to a given document count, so the bot loads it through its real loader.
internal static class PaddedKnowledge
{
    public static string Create(string knowledgeDirectory, int documents)
    {
        var target = Directory.CreateTempSubdirectory("kommunalbot-bench-knowledge-").FullName;
        foreach (var file in Directory.EnumerateFiles(knowledgeDirectory, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(knowledgeDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        var real = KnowledgeLoader.Load(knowledgeDirectory, LoadMode.Lenient).Documents;
        var missing = Math.Max(0, documents - real.Count);
        foreach (var document in DocumentGenerator.Generate(real, missing, seed: 42))
        {
            var markdown = new StringBuilder()
                .AppendLine("---")
                .AppendLine(CultureInfo.InvariantCulture, $"id: {document.Id}")
                .AppendLine("typ: faq")
                .AppendLine(CultureInfo.InvariantCulture, $"titel: \"{document.Title}\"")
                .AppendLine(CultureInfo.InvariantCulture, $"themen: [\"{document.Topics[0]}\"]")
                .AppendLine(CultureInfo.InvariantCulture, $"datum: {document.Date:yyyy-MM-dd}")
                .AppendLine(CultureInfo.InvariantCulture, $"quellen: [ {{ url: \"{document.Sources[0].Url}\", titel: \"{document.Sources[0].Title}\" }} ]")
                .AppendLine("---")
                .AppendLine(document.Summary)
                .AppendLine()
                .AppendLine(document.Body);
            File.WriteAllText(Path.Combine(target, "faq", document.Id + ".md"), markdown.ToString());
        }

        return target;
    }
}
