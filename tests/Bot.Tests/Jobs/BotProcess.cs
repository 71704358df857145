using System.Collections.Concurrent;
using System.Diagnostics;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Jobs;

/// The built bot (src/Bot/bin/{configuration}/net10.0/KommunalBot.Bot.dll) as a process of its own, configured through
/// environment variables, its console log kept for the test to read.
internal sealed class BotProcess : IDisposable
{
    private readonly ConcurrentQueue<string> lines = new();
    private readonly Process process;

    public BotProcess(string name, IReadOnlyDictionary<string, string> settings)
    {
        Name = name;
        var start = new ProcessStartInfo("dotnet", [BotAssembly()])
        {
            WorkingDirectory = RepoPaths.Bot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }

    /// The operating system's process id (the fan-out benchmark reads the bot's peak memory from /proc).
    public int Id => process.Id;

    public bool Logged(string text) => lines.Any(line => line.Contains(text, StringComparison.Ordinal));

    public int Count(string text) => lines.Count(line => line.Contains(text, StringComparison.Ordinal));

    /// Dies at once (SIGKILL): nothing is released, as when a machine or container goes away.
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// Asks it to stop (SIGTERM), as a container runtime or systemd does, and waits until it has.
    public void Terminate(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        if (!process.WaitForExit(timeout))
        {
            throw new TimeoutException($"{Name} did not stop within {timeout} of SIGTERM:{Environment.NewLine}{this}");
        }
    }

    public override string ToString() => $"{Name}{(process.HasExited ? $" (exited {process.ExitCode})" : "")}:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}";

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }

    /// The bot built beside this test assembly's configuration (Debug or Release).
    private static string BotAssembly()
    {
        var testOutput = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)); // bin/<configuration>/net10.0
        var path = Path.Combine(RepoPaths.Bot, "bin", testOutput.Parent!.Name, testOutput.Name, "KommunalBot.Bot.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first: the bot runs from its own output.", path);
    }
}
