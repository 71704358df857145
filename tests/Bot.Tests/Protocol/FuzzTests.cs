using System.Text.Json.Nodes;
using KommunalBot.Bot.Tests.TestHost;
using Microsoft.Extensions.Logging;

namespace KommunalBot.Bot.Tests.Protocol;

/// Seeded mutations of valid activities and card actions, as the outside probe sent them: whatever comes
/// in, the bot answers below 500 and logs no error (an error in the log means a bug that input can reach).
public sealed class FuzzTests : BotTest
{
    private const int Seed = 20261204;
    private const int Mutations = 3000;
    private const string LoneSurrogate = "__LONE_SURROGATE__";

    // The fuzzer is one user sending fast: the rate limit would refuse most of it before the code under test.
    protected override Dictionary<string, string?> Settings => new()
    {
        ["Bot:UserBurst"] = "1000000",
        ["Bot:TenantBurst"] = "1000000",
    };

    [Fact]
    public async Task MutatedActivities_NeverGet5xx_AndLogNoError()
    {
        var random = new Random(Seed);
        var seeds = Seeds();
        var failures = new List<string>();
        for (var i = 0; i < Mutations; i++)
        {
            var activity = (JsonObject)seeds[random.Next(seeds.Count)].DeepClone();
            activity["id"] = "fuzz-" + i;
            for (var m = random.Next(1, 4); m > 0; m--)
            {
                Mutate(activity, random);
            }

            var body = activity.ToJsonString().Replace($"\"{LoneSurrogate}\"", "\"\\ud800x\"", StringComparison.Ordinal);
            var response = await bot.PostAsync(body, "Bearer " + bot.Channel.CreateToken(bot.AppId, bot.Clock.GetUtcNow()));
            // 501 is the protocol's answer to an invoke name the bot does not implement (not an error).
            if ((int)response.StatusCode >= 500 && !((int)response.StatusCode == 501 && activity["name"]?.ToJsonString() != "\"adaptiveCard/action\""))
            {
                failures.Add($"{(int)response.StatusCode}: {Shorten(body)}");
            }
        }

        var errors = bot.Logs.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => $"{e.Message} {e.Exception}");
        File.WriteAllLines(Path.Combine(Path.GetTempPath(), "kommunalbot-fuzz.txt"), failures.Concat(errors));
        Assert.Empty(failures);
        Assert.Empty(errors);
    }

    private List<JsonObject> Seeds()
    {
        var a = bot.Activity();
        return
        [
            a.Message("Welche Fachverfahren unterstützt Wohngeld?"),
            a.Message("steckbrief Wohngeld"),
            a.Message("dienste"),
            bot.Activity().InChannel().MentionMessage("Was kostet die Nachnutzung?"),
            a.Execute("ask.feedback", new JsonObject { ["questionId"] = "q-20261204120000-0123456789abcd", ["helpful"] = true, ["reason"] = "gut" }),
            a.Execute("ask.steckbrief", new JsonObject { ["serviceId"] = "wohngeld" }),
            a.Execute("ask.services", new JsonObject { ["page"] = 2, ["themenfeld"] = "Familie & Kind" }),
            a.Execute("ask.didyoumean", new JsonObject { ["questionId"] = "q-1", ["serviceId"] = "wohngeld" }),
            a.Execute("consult.form", new JsonObject { ["question"] = "Wie melde ich Wohngeld an?", ["answerSeen"] = null }),
            a.Execute("consult.submit", new JsonObject { ["topic"] = "Sonstiges", ["organisation"] = "Stadt", ["description"] = "zu kurz", ["urgency"] = "Normal", ["consent"] = "true" }),
            a.Execute("consult.withdraw", new JsonObject { ["id"] = "BK-2026-0001" }),
            a.Submit(new JsonObject { ["verb"] = "ask.feedback", ["questionId"] = "q-1", ["helpful"] = "true" }),
            a.Submit(new JsonObject { ["verb"] = "ask.services", ["page"] = "3" }),
            a.InstallationAdd(),
            a.BotAdded(),
            a.Of("messageReaction"),
        ];
    }

    private static void Mutate(JsonObject root, Random random)
    {
        var (parent, key) = PickProperty(root, random);
        if (parent is null)
        {
            return;
        }

        switch (random.Next(3))
        {
            case 0:
                parent.Remove(key);
                break;
            default:
                parent[key] = Value(random);
                break;
        }
    }

    /// A property anywhere in the tree, chosen by walking down from the root.
    private static (JsonObject? Parent, string Key) PickProperty(JsonObject root, Random random)
    {
        var current = root;
        while (true)
        {
            var properties = current.Select(p => p.Key).ToList();
            if (properties.Count == 0)
            {
                return (null, "");
            }

            var key = properties[random.Next(properties.Count)];
            var child = current[key] switch
            {
                JsonObject o => o,
                JsonArray { Count: > 0 } array when array[random.Next(array.Count)] is JsonObject o => o,
                _ => null,
            };
            if (child is null || random.Next(3) == 0)
            {
                return (current, key);
            }

            current = child;
        }
    }

    private static JsonNode? Value(Random random) => random.Next(16) switch
    {
        0 => null,
        1 => true,
        2 => 0,
        3 => -1,
        4 => 1e308,
        5 => "",
        6 => "..",
        7 => "x/..",
        8 => "\u0001\n\u001b[31m",
        9 => LoneSurrogate,
        10 => new string('x', random.Next(300, 5000)),
        11 => new JsonObject(),
        12 => new JsonArray(1, "a", null),
        13 => new JsonObject { ["type"] = 0, ["id"] = new JsonArray() },
        14 => "q-" + new string('0', 30),
        _ => "<at>KommunalBot</at> steckbrief " + new string('ä', random.Next(1, 3000)),
    };

    private static string Shorten(string body) => body.Length > 300 ? body[..300] + "…" : body;
}
