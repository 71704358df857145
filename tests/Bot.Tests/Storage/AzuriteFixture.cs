using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace KommunalBot.Bot.Tests.Storage;

/// Runs Azurite's blob service (the real Azure Storage emulator) in memory on a free loopback port for one
/// test class. Azurite is a project tool (tools/azurite, pinned by its package-lock): a plain `dotnet test`
/// on a fresh clone installs it with `npm ci` first; when that fails the tests fail, never skip.
public sealed class AzuriteFixture : IAsyncLifetime
{
    // Azurite's well-known development account: public constants, documented by Microsoft, not secrets.
    public const string AccountName = "devstoreaccount1";
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private const int Attempts = 3;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly TempDirectory workspace = new();
    private Process? process;

    public Uri ServiceUri { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var executable = await InstalledAzuriteAsync();

        // The free port is found by binding port 0 and letting go, so another process can take it in between:
        // then Azurite exits with EADDRINUSE and we try another port.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var output = new ConcurrentQueue<string>();
            process = Start(executable, port, output, out var listening);
            try
            {
                await listening.WaitAsync(StartTimeout);
                ServiceUri = new Uri($"http://127.0.0.1:{port}/{AccountName}");
                return;
            }
            catch (Exception exception) when (exception is InvalidOperationException or TimeoutException)
            {
                await StopAsync();
                if (attempt == Attempts || !output.Any(line => line.Contains("EADDRINUSE", StringComparison.Ordinal)))
                {
                    throw new InvalidOperationException(
                        $"Azurite did not start on port {port}:{Environment.NewLine}{string.Join(Environment.NewLine, output)}",
                        exception);
                }
            }
        }
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        workspace.Dispose();
    }

    private Process Start(string executable, int port, ConcurrentQueue<string> output, out Task listening)
    {
        var listens = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var child = new Process
        {
            StartInfo = new ProcessStartInfo(executable)
            {
                ArgumentList =
                {
                    "--inMemoryPersistence", "--blobHost", "127.0.0.1", "--blobPort", port.ToString(CultureInfo.InvariantCulture),
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
        child.OutputDataReceived += (_, e) => OnLine(e.Data);
        child.ErrorDataReceived += (_, e) => OnLine(e.Data);
        child.Exited += (_, _) => child.WaitForExitAsync().ContinueWith(
            // WaitForExitAsync drains the redirected output first, so the caller's message has all of it.
            _ => listens.TrySetException(new InvalidOperationException("Azurite exited before listening.")),
            TaskScheduler.Default);
        child.Start();
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        listening = listens.Task;
        return child;

        // Azurite prints this line once its socket accepts connections: no polling, no sleeps.
        void OnLine(string? line)
        {
            if (line is null)
            {
                return;
            }

            output.Enqueue(line);
            if (line.Contains("successfully listens on", StringComparison.Ordinal))
            {
                listens.TrySetResult();
            }
        }
    }

    private async Task StopAsync()
    {
        if (process is null)
        {
            return;
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        process = null;
    }

    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    /// The azurite-blob launcher, installed with `npm ci --prefix tools/azurite` if it is not there yet
    /// (once per test run; test classes start their fixtures in parallel).
    private static async Task<string> InstalledAzuriteAsync()
    {
        var tool = Path.Combine(RepositoryRoot(), "tools", "azurite");
        var executable = Path.Combine(tool, "node_modules", ".bin", "azurite-blob");
        await InstallLock.WaitAsync();
        try
        {
            if (!File.Exists(executable))
            {
                using var npm = Process.Start(new ProcessStartInfo("npm", ["ci", "--prefix", tool, "--no-audit", "--no-fund", "--loglevel=error"])
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                })!;
                var errors = npm.StandardError.ReadToEndAsync();
                await npm.StandardOutput.ReadToEndAsync();
                await npm.WaitForExitAsync();
                if (npm.ExitCode != 0 || !File.Exists(executable))
                {
                    throw new InvalidOperationException(
                        $"Azurite could not be installed (`npm ci --prefix tools/azurite` exited with {npm.ExitCode}): {await errors}");
                }
            }

            return executable;
        }
        finally
        {
            InstallLock.Release();
        }
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
