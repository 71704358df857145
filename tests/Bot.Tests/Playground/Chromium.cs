using System.Diagnostics;

namespace KommunalBot.Bot.Tests.Playground;

/// Debian's Chromium for Playwright: Playwright's own browser download cannot reach its servers here, so the browser
/// tests drive /usr/bin/chromium and install it with apt-get when it is missing (tests and CI run as root).
internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    private static readonly Lazy<Task<string>> Installed = new(InstallAsync);

    /// The browser's path; throws with what went wrong when it is missing and cannot be installed, so a browser
    /// test fails instead of passing unseen.
    public static Task<string> EnsureInstalledAsync() => Installed.Value;

    private static async Task<string> InstallAsync()
    {
        if (File.Exists(Path))
        {
            return Path;
        }

        var install = await AptGetAsync("install -y --no-install-recommends chromium");
        if (install.ExitCode != 0)
        {
            // A fresh machine has no package lists yet.
            await AptGetAsync("update");
            install = await AptGetAsync("install -y --no-install-recommends chromium");
        }

        return File.Exists(Path)
            ? Path
            : throw new InvalidOperationException(
                $"The browser tests need Debian's Chromium at {Path}, and 'apt-get install -y chromium' could not install it " +
                $"(exit code {install.ExitCode}; it needs root and the Debian package registry). Install it and run the tests again.\n{install.Output}");
    }

    private static async Task<(int ExitCode, string Output)> AptGetAsync(string arguments)
    {
        var start = new ProcessStartInfo("apt-get", arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, error + await output);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, "apt-get could not be started: " + ex.Message);
        }
    }
}
