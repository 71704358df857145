using System.Text.RegularExpressions;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Architecture;

/// STYLE: one type per file, named after it, so a type is found by its name.
public sealed partial class SourceFileTests
{
    public static TheoryData<string> SourceFolders() => ["src/Bot", "src/Knowledge"];

    [Theory]
    [MemberData(nameof(SourceFolders))]
    public void EachFile_DeclaresOneTopLevelTypeNamedLikeTheFile(string folder)
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, folder), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                           && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                           && Path.GetFileName(path) != "Program.cs")
            .Select(path => (Path: Path.GetRelativePath(RepoPaths.Root, path), Types: TopLevelTypes(File.ReadAllText(path))))
            .Where(file => file.Types.Count != 1 || !Path.GetFileNameWithoutExtension(file.Path).StartsWith(file.Types[0], StringComparison.Ordinal))
            .Select(file => $"{file.Path}: {string.Join(", ", file.Types)}")
            .ToList();

        Assert.True(offenders.Count == 0, "Files that do not hold exactly one type named like them:\n" + string.Join("\n", offenders));
    }

    /// Partial types count once per file; a file `X.Part.cs` holds a part of `X`.
    private static List<string> TopLevelTypes(string source) =>
        [.. TypeDeclaration().Matches(source).Select(m => m.Groups["name"].Value).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"^(?:public |internal |file )?(?:sealed |static |abstract |partial |readonly )*(?:class|record struct|record|struct|interface|enum|delegate [^(]*?) (?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex TypeDeclaration();
}
