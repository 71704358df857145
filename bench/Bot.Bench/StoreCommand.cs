// Store operations per second, SQLite against Azure Blob Storage on Azurite, in one run: get, conditional put
// (If-Match on the current etag) and a prefix list of all seeded keys, one caller at a time, a fixed count each.
//   dotnet run -c Release --project bench/Bot.Bench -- store [--n 1000] [--keys 10000] [--lists 2]
// Azurite (tools/azurite, installed with npm ci when missing) runs in memory on a free loopback port and is
// stopped afterwards: loopback and no disk, so its figures are not those of Azure.
using System.Diagnostics;
using KommunalBot.Bot.Storage;
using KommunalBot.Bot.Tests.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace KommunalBot.Bot.Bench;

internal static class StoreCommand
{
    private const string Prefix = "bench/";
    private const int Writers = 8;

    public static async Task<int> RunAsync(string[] args)
    {
        var n = Arg("--n", 1000);
        var keys = Arg("--keys", 10_000);
        var lists = Arg("--lists", 2);

        using var directory = new TempDirectory();
        await using var azurite = await AzuriteProcess.StartAsync();
        Console.WriteLine($"store bench: {keys} seeding puts (8 writers), then one caller: {n} gets, {n} conditional puts, {lists} lists of {keys} keys; {Environment.ProcessorCount} cores");
        Console.WriteLine("| backend | operation | ops/s | p50 ms | p99 ms |");
        Console.WriteLine("|---|---|---:|---:|---:|");

        using (var sqlite = new SqliteDocumentStore(
                   Path.Combine(directory.Path, "bench.db"), TimeProvider.System, NullLogger<SqliteDocumentStore>.Instance))
        {
            await MeasureAsync("SQLite", sqlite, n, keys, lists);
        }

        SqliteConnection.ClearAllPools();
        var container = BlobContainers.Create(new StorageOptions { BlobConnectionString = azurite.ConnectionString, BlobContainer = "bench" });
        await MeasureAsync("Azure Blob (Azurite)", new AzureBlobDocumentStore(container, NullLogger<AzureBlobDocumentStore>.Instance), n, keys, lists);
        return 0;

        int Arg(string name, int fallback) => Array.IndexOf(args, name) is var i and >= 0 ? int.Parse(args[i + 1]) : fallback;
    }

    private static async Task MeasureAsync(string backend, IDocumentStore store, int n, int keys, int lists)
    {
        var etags = await SeedAsync(backend, store, keys);
        // Warm-up outside the measurement: JIT, connection pools, the container's creation.
        for (var i = 0; i < 100; i++)
        {
            await store.GetAsync(Key(i % keys), CancellationToken.None);
        }

        // Keys visited with a stride, so consecutive operations do not touch neighbouring keys.
        Report(backend, "get", await TimeAsync(n, i => store.GetAsync(Key(Spread(i, keys)), CancellationToken.None)));
        Report(backend, "conditional put (If-Match)", await TimeAsync(n, async i =>
        {
            var k = Spread(i, keys);
            var put = await store.PutAsync(Key(k), Document(k, i), PutCondition.Matching(etags[k]), CancellationToken.None);
            etags[k] = put.ETag ?? throw new InvalidOperationException($"conditional put {i} lost to a writer that does not exist");
        }));
        Report(backend, $"list {keys:N0} keys by prefix", await TimeAsync(lists, async _ =>
        {
            var count = 0;
            await foreach (var document in store.ListAsync(Prefix, CancellationToken.None))
            {
                count++;
            }

            if (count != keys)
            {
                throw new InvalidOperationException($"listed {count} documents, expected {keys}");
            }
        }));
    }

    /// Unconditional puts by <see cref="Writers"/> callers at once: the set-up, timed as a figure of its own.
    private static async Task<string[]> SeedAsync(string backend, IDocumentStore store, int keys)
    {
        var etags = new string[keys];
        var latencies = new long[keys];
        var next = -1;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(async _ =>
        {
            int k;
            while ((k = Interlocked.Increment(ref next)) < keys)
            {
                var started = Stopwatch.GetTimestamp();
                etags[k] = (await store.PutAsync(Key(k), Document(k, 0), PutCondition.None, CancellationToken.None)).ETag!;
                latencies[k] = Stopwatch.GetTimestamp() - started;
            }
        }));
        Report(backend, $"put, {Writers} writers at once", latencies, wall.Elapsed);
        return etags;
    }

    private static async Task<(long[] Latencies, TimeSpan Wall)> TimeAsync(int count, Func<int, Task> operation)
    {
        var latencies = new long[count];
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await operation(i);
            latencies[i] = Stopwatch.GetTimestamp() - started;
        }

        return (latencies, wall.Elapsed);
    }

    private static void Report(string backend, string operation, (long[] Latencies, TimeSpan Wall) timed) =>
        Report(backend, operation, timed.Latencies, timed.Wall);

    private static void Report(string backend, string operation, long[] latencies, TimeSpan wall)
    {
        Array.Sort(latencies);
        double Ms(double p) => latencies[(int)Math.Min(latencies.Length - 1, Math.Ceiling(p * latencies.Length) - 1)] * 1000.0 / Stopwatch.Frequency;
        Console.WriteLine($"| {backend} | {operation} | {Rate(latencies.Length / wall.TotalSeconds)} | {Ms(0.50):F2} | {Ms(0.99):F2} |");
    }

    /// Two significant digits below 1/s (a list of 10,000 blobs on Azurite takes minutes), one decimal above.
    private static string Rate(double perSecond) => perSecond < 1 ? perSecond.ToString("G2") : perSecond.ToString("F1");

    // 7919 is prime, so for any key count not divisible by it the stride visits every key before repeating.
    private static int Spread(int i, int keys) => (int)((long)i * 7919 % keys);

    private static string Key(int k) => $"{Prefix}{k:D5}";

    /// About the size of a question record.
    private static string Document(int k, int version) =>
        $$"""{"id":"q-{{k:D5}}","tenantId":"5a0c2d6e-1b7f-4c1e-9d2a-7b3c4d5e6f70","question":"Über welchen Transportweg kommen Wohngeld-Anträge in die Behörde?","facet":"Transportweg","confidence":0.82,"answered":true,"version":{{version}}}""";
}
