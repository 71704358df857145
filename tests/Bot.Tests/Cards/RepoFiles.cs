using System.Text.Json.Nodes;

namespace KommunalBot.Bot.Tests.Cards;

/// Files of the repository the tests read: card templates, samples, resources and the official
/// engine's reference outputs (tests/Bot.Tests/Cards/Expected, made by tools/cardcheck/expected.js).
internal static class RepoFiles
{
    public static readonly string Root = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static JsonNode Json(params string[] parts) => JsonNode.Parse(File.ReadAllText(Path(parts)))!;

    /// Names of the card templates: cards/<name>.json without the .sample.json files.
    public static IEnumerable<string> CardNames() => Directory.GetFiles(Path("cards"), "*.json")
        .Select(System.IO.Path.GetFileName).OfType<string>()
        .Where(f => !f.EndsWith(".sample.json", StringComparison.Ordinal))
        .Select(f => f[..^".json".Length]).Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "KommunalBot.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("KommunalBot.sln not found above " + AppContext.BaseDirectory);
    }
}
