using System.Diagnostics;
using System.Globalization;
using KommunalBot.Bot.Tests.Jobs;

namespace KommunalBot.Bot.Bench;

/// The built bot as a process of its own (<see cref="BotProcess"/>, as the lease tests start it), with what the fan-out
/// reports of it: its peak resident memory (VmHWM from /proc/{pid}/status) and processor time, sampled while it lives.
internal sealed class FanoutBot(IReadOnlyDictionary<string, string> settings) : IDisposable
{
    private const int TailLines = 30;

    private readonly BotProcess process = new("bot", settings);

    public long PeakRssBytes { get; private set; }

    public TimeSpan ProcessorTime { get; private set; }

    public bool Exited => Running() is null;

    /// The end of its console, for a failure report.
    public string Tail => string.Join(Environment.NewLine, process.ToString().Split(Environment.NewLine).TakeLast(TailLines));

    public async Task<bool> LoggedAsync(string text, TimeSpan deadline, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (!process.Logged(text))
        {
            if (waited.Elapsed > deadline || Exited)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System, cancellationToken);
        }

        return true;
    }

    /// Reads the kernel's high-water mark of the resident set and the processor time so far.
    public void Sample()
    {
        using var running = Running();
        if (running is null)
        {
            return; // gone: the last sample stands
        }

        try
        {
            ProcessorTime = running.TotalProcessorTime;
            var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            var kb = long.Parse(line["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
            PeakRssBytes = Math.Max(PeakRssBytes, kb * 1024);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException)
        {
            // it exited between the two reads
        }
    }

    /// SIGKILL, after a last sample.
    public void Kill()
    {
        Sample();
        process.Kill();
    }

    public void Dispose()
    {
        Sample();
        process.Dispose();
    }

    private Process? Running()
    {
        try
        {
            var running = Process.GetProcessById(process.Id);
            if (!running.HasExited)
            {
                return running;
            }

            running.Dispose();
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
