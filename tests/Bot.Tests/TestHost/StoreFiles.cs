using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KommunalBot.Bot.Tests.TestHost;

/// The bytes of the bot's SQLite files (database, WAL) as an attacker with the disk would read them.
public static class StoreFiles
{
    public static byte[] Read(BotApp bot)
    {
        var path = bot.Services.GetRequiredService<IConfiguration>()["Storage:SqlitePath"]!;
        return [.. new[] { path, path + "-wal", path + "-journal" }.Where(File.Exists).SelectMany(ReadShared)];
    }

    /// The markers (in any of the forms they may be stored in) found in the bytes.
    public static IReadOnlyList<string> Find(byte[] bytes, IEnumerable<string> markers) =>
        [.. markers.Where(marker => Forms(marker).Any(form => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(form)) >= 0))];

    // As typed, JSON-escaped (System.Text.Json's default escapes non-ASCII), JSON with relaxed escaping, URL-escaped (keys).
    private static IEnumerable<string> Forms(string marker) =>
        new[]
        {
            marker,
            JsonSerializer.Serialize(marker)[1..^1],
            JsonSerializer.Serialize(marker, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping })[1..^1],
            Uri.EscapeDataString(marker),
        }.Distinct();

    /// A file SQLite still has open, read as it is on disk.
    public static byte[] ReadShared(string path)
    {
        using var stream = File.Open(path, new FileStreamOptions { Access = FileAccess.Read, Share = FileShare.ReadWrite | FileShare.Delete });
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
