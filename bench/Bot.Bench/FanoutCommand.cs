// Fans one card out through the durable outbox (src/Bot/Features/Delivery) to 11,000 channels, against a connector
// that enforces Teams' rate limits, and compares the time taken with the least the limits allow.
//   dotnet run -c Release --project bench/Bot.Bench -- fanout [--layout tenants|single] [--scenario clean|kill|storm] [--connector URL]
// Without options: tenants clean, single clean, tenants kill, tenants storm. --connector: a running channel-sim
// (`serve --throttle teams --tenant-rps 50 --connector-auth off --max-calls 1000000`) instead of the bench's own.
namespace KommunalBot.Bot.Bench;

internal static class FanoutCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var layout = Arg("--layout");
        var scenario = Arg("--scenario");
        (string Layout, string Scenario)[] runs = layout is null && scenario is null
            ? [("tenants", FanoutRun.Clean), ("single", FanoutRun.Clean), ("tenants", FanoutRun.Kill), ("tenants", FanoutRun.Storm)]
            : [(layout ?? "tenants", scenario ?? FanoutRun.Clean)];
        if (runs.Any(r => r.Layout is not ("tenants" or "single") || r.Scenario is not (FanoutRun.Clean or FanoutRun.Kill or FanoutRun.Storm)))
        {
            Console.Error.WriteLine("usage: fanout [--layout tenants|single] [--scenario clean|kill|storm] [--connector URL]");
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        await using FanoutConnector connector = Arg("--connector") is { } url
            ? await FanoutChannelSim.ConnectAsync(url, cancel.Token)
            : await FanoutLoopbackConnector.StartAsync(new Features.Delivery.DeliveryOptions());
        Console.WriteLine($"fanout bench: {Environment.ProcessorCount} cores, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {LoadAverage()}");
        var missed = 0;
        foreach (var (runLayout, runScenario) in runs)
        {
            var run = new FanoutRun(runLayout == "single" ? FanoutLayout.OneTenant() : FanoutLayout.AcrossTenants(), runScenario, connector);
            var result = await run.RunAsync(cancel.Token);
            Console.WriteLine($"  records: {result.StateCounts}; lost {result.Lost} ({result.LostButSent} of them recorded Sent)");
            var goals = result.MissedGoals(run.MaxInFlight).ToList();
            Console.WriteLine(goals.Count == 0 ? "  goals met" : $"  goals missed: {string.Join("; ", goals)}");
            Console.WriteLine($"  load average {LoadAverage()}");
            Console.WriteLine(result.Line);
            missed += goals.Count;
        }

        return missed == 0 ? 0 : 1;

        // The machine is shared: the load says how far the figures can be trusted.
        static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

        string? Arg(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
