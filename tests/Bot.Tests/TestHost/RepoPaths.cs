namespace KommunalBot.Bot.Tests.TestHost;

/// Finds folders of this repository from wherever the test or benchmark runs.
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Bot => Path.Combine(Root, "src", "Bot");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KommunalBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KommunalBot.sln not found above " + AppContext.BaseDirectory);
    }
}
