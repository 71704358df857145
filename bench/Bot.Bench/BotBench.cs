// Drives authenticated message activities at the real bot (loopback Kestrel) at a fixed concurrency;
// replies go to the in-process fake Connector. Prints requests/s and latency percentiles.
//   dotnet run -c Release --project bench/Bot.Bench -- [--n 5000] [--concurrency 32] [--text hilfe]
// With "eval" first, grades the bot's answers to a question file instead (see EvalCommand);
// with "store" first, measures the document stores (see StoreCommand); with "fanout" first, the outbox's fan-out
// under Teams' rate limits (see FanoutCommand).
using System.Diagnostics;
using System.Net;
using KommunalBot.Bot.Tests.TestHost;
namespace KommunalBot.Bot.Bench;

internal static class BotBench
{
    public static async Task<int> Main(string[] args)
    {
        if (args.FirstOrDefault() == "eval")
        {
            return await EvalCommand.RunAsync(args[1..]);
        }

        if (args.FirstOrDefault() == "store")
        {
            return await StoreCommand.RunAsync(args[1..]);
        }

        if (args.FirstOrDefault() == "fanout")
        {
            return await FanoutCommand.RunAsync(args[1..]);
        }

        var n = Arg("--n", 5000);
        var concurrency = Arg("--concurrency", 32);
        var text = ArgText("--text", "Über welchen Transportweg kommen Wohngeld-Anträge in die Behörde?");
        var documents = Arg("--docs", 10_000);
        var knowledge = PaddedKnowledge.Create(Path.Combine(RepoPaths.Root, "knowledge"), documents);

        await using var bot = await BotApp.StartAsync(new()
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:KommunalBot"] = "Warning",
            ["Knowledge:Path"] = knowledge,
            // One simulated user sends everything: lift the per-user and per-tenant limits for the measurement.
            ["Bot:UserBurst"] = "100000000",
            ["Bot:TenantBurst"] = "100000000",
        });

        // Pre-sign tokens outside the measured loop, as a channel reuses its token for an hour.
        var token = "Bearer " + bot.Channel.CreateToken(bot.AppId, bot.Clock.GetUtcNow());
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = bot.Http.BaseAddress };
        // Each request is a new activity (a replayed id would be dropped as a duplicate).
        var template = bot.Activity().Message(text).ToJsonString();
        var templateId = System.Text.Json.Nodes.JsonNode.Parse(template)!["id"]!.GetValue<string>();

        async Task<long> SendOneAsync(int i)
        {
            var started = Stopwatch.GetTimestamp();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(template.Replace(templateId, "bench-" + Guid.NewGuid().ToString("N"), StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json") };
            request.Headers.TryAddWithoutValidation("Authorization", token);
            using var response = await http.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"request {i}: HTTP {(int)response.StatusCode}");
            }

            return Stopwatch.GetTimestamp() - started;
        }

        for (var i = 0; i < 500; i++)
        {
            await SendOneAsync(i); // warm-up: JIT, token, metadata, SQLite
        }

        bot.Channel.ClearCalls();
        var latencies = new long[n];
        var next = -1;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < n)
            {
                latencies[i] = await SendOneAsync(i);
            }
        }));
        wall.Stop();

        Array.Sort(latencies);
        double Ms(double p) => latencies[(int)Math.Min(n - 1, Math.Ceiling(p * n) - 1)] * 1000.0 / Stopwatch.Frequency;
        Console.WriteLine($"bot bench: {n} authenticated messages ('{text}'), concurrency {concurrency}, {Environment.ProcessorCount} cores, knowledge base of {bot.Services.GetRequiredService<KommunalBot.Bot.Features.Knowledge.KnowledgeHost>().Knowledge.Count} documents");
        Console.WriteLine($"  throughput {n / wall.Elapsed.TotalSeconds:F0} requests/s");
        Console.WriteLine($"  latency p50 {Ms(0.50):F2} ms  p95 {Ms(0.95):F2} ms  p99 {Ms(0.99):F2} ms  max {Ms(1.0):F2} ms");
        Console.WriteLine($"  connector messages recorded: {bot.Channel.Messages.Count} (plus typing indicators)");
        Directory.Delete(knowledge, recursive: true);
        return 0;

        int Arg(string name, int fallback) => Array.IndexOf(args, name) is var i and >= 0 ? int.Parse(args[i + 1]) : fallback;
        string ArgText(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 ? args[i + 1] : fallback;
    }
}
