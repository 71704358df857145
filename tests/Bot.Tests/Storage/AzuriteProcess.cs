using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Storage;

/// Azurite's blob service (the real Azure Storage emulator) in memory on a free loopback port, stopped on dispose.
/// Azurite is a project tool (tools/azurite, pinned by its package-lock): a fresh clone installs it with `npm ci`
/// first; when that fails the start fails. Used by the tests (<see cref="AzuriteFixture"/>) and the store benchmark.
public sealed class AzuriteProcess : IAsyncDisposable
{
    // Azurite's well-known development account: public constants, documented by Microsoft, not secrets.
    public const string AccountName = "devstoreaccount1";
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private const int Attempts = 3;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly TempDirectory workspace = new();
    private Process? process;

    private AzuriteProcess()
    {
    }

    public Uri ServiceUri { get; private set; } = null!;

    /// Account-key connection string for the development account at <see cref="ServiceUri"/>.
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};BlobEndpoint={ServiceUri};";

    public static async Task<AzuriteProcess> StartAsync()
    {
        var azurite = new AzuriteProcess();
        try
        {
            await azurite.StartAsync(await InstalledAzuriteAsync());
            return azurite;
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        workspace.Dispose();
    }

    private async Task StartAsync(string executable)
    {
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

    private Process Start(string executable, int port, ConcurrentQueue<string> output, out Task listening)
    {
        var listens = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var child = new Process
        {
            StartInfo = new ProcessStartInfo(executable)
            {
                // --skipApiVersionCheck: the pinned Azurite 3.35 (3.36+ need Node 22; Debian ships 20) knows service
                // versions up to 2025-11-05, the bot pins 2026-06-06 (BlobContainers.Version).
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
        var tool = Path.Combine(RepoPaths.Root, "tools", "azurite");
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
}
