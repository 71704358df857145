using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace KommunalBot.Bot.Tests.Storage;

/// Runs Azurite's blob service (the real Azure Storage emulator) in memory on a free loopback port for one
/// test class. Azurite is a project tool: without `npm ci --prefix tools/azurite` the tests fail, never skip.
public sealed class AzuriteFixture : IAsyncLifetime
{
    // Azurite's well-known development account: public constants, documented by Microsoft, not secrets.
    public const string AccountName = "devstoreaccount1";
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly TempDirectory workspace = new();
    private Process? process;

    public Uri ServiceUri { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var executable = Path.Combine(RepositoryRoot(), "tools", "azurite", "node_modules", ".bin", "azurite-blob");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed ({executable} is missing). Run `npm ci --prefix tools/azurite` in the repository root.");
        }

        var port = FreePort();
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process = new Process
        {
            StartInfo = new ProcessStartInfo(executable)
            {
                ArgumentList =
                {
                    "--inMemoryPersistence", "--blobHost", "127.0.0.1", "--blobPort", port.ToString(),
                    "--skipApiVersionCheck", "--loose", "--silent", "--disableTelemetry",
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                // Azurite's workspace is its working directory (--location cannot go with --inMemoryPersistence).
                WorkingDirectory = workspace.Path,
            },
            EnableRaisingEvents = true,
        };
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Exited += async (_, _) =>
        {
            await process.WaitForExitAsync(); // drains the redirected output, so the message below has it
            listening.TrySetException(new InvalidOperationException(
                $"Azurite exited before listening:{Environment.NewLine}{string.Join(Environment.NewLine, output)}"));
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // Azurite prints this line once its socket accepts connections: no polling, no sleeps.
        await listening.Task.WaitAsync(StartTimeout);
        ServiceUri = new Uri($"http://127.0.0.1:{port}/{AccountName}");

        void OnLine(string? line)
        {
            if (line is null)
            {
                return;
            }

            output.Enqueue(line);
            if (line.Contains("successfully listens on", StringComparison.Ordinal))
            {
                listening.TrySetResult();
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        workspace.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "tools", "azurite", "package.json")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No tools/azurite/package.json above {AppContext.BaseDirectory}.");
    }
}
