namespace KommunalBot.Knowledge.Tests.TestSupport;

/// <summary>A temporary knowledge folder, optionally seeded from the fixture, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder(bool copyFixture = false)
    {
        Root = Path.Combine(Path.GetTempPath(), "kb-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        if (copyFixture)
        {
            foreach (var file in Directory.EnumerateFiles(Fixture.Root, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(Root, Path.GetRelativePath(Fixture.Root, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    public string Root { get; }

    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"));
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a watcher may still hold a handle
        }
    }
}
